namespace Bpm.Server.Discretion;

/// <summary>The answer of <c>GET /api/statistics/discretion/cases</c>: one page of the cases of a count that the caller may
/// see, newest decision first; <see cref="Total"/> of them in all, and <see cref="Hidden"/> more that the count includes but
/// the caller may not see (cases of other units), so that <c>total + hidden</c> is the count the statistics show.</summary>
public sealed record DiscretionCaseList(string Bucket, IReadOnlyList<DiscretionCase> Items, long Total, long Hidden, int Page, int PageSize);
