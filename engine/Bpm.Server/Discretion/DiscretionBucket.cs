using Bpm.Server.Discretion.Storage;

namespace Bpm.Server.Discretion;

/// <summary>Which of a <see cref="DiscretionCount"/>'s counts a case list opens: each name is the count's JSON field, so the
/// cases of bucket <c>above</c> are exactly those counted in <c>above</c> (<c>deviations</c> = above + below, the page's
/// 偏离 count; <c>deviationsReasoned</c> = the reasoned ones among them).</summary>
public static class DiscretionBucket
{
    public const string Decisions = "decisions";
    public const string Within = "within";
    public const string Above = "above";
    public const string Below = "below";
    public const string NotApplicable = "notApplicable";
    public const string Deviations = "deviations";
    public const string DeviationsReasoned = "deviationsReasoned";

    public static readonly IReadOnlyList<string> All = [Decisions, Within, Above, Below, NotApplicable, Deviations, DeviationsReasoned];

    /// <summary>The rows of the bucket, in SQL (<paramref name="bucket"/> is one of <see cref="All"/>).</summary>
    public static IQueryable<DecidedPenaltyEntity> Apply(IQueryable<DecidedPenaltyEntity> rows, string bucket) => bucket switch
    {
        Decisions => rows,
        Within or Above or Below or NotApplicable => rows.Where(r => r.Position == bucket),
        Deviations => rows.Where(r => r.Position == DiscretionPosition.Above || r.Position == DiscretionPosition.Below),
        DeviationsReasoned => rows.Where(r => r.Reasoned),
        _ => throw new ArgumentOutOfRangeException(nameof(bucket), bucket, "not a discretion bucket"),
    };
}
