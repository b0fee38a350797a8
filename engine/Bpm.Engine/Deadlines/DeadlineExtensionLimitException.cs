namespace Bpm.Engine.Deadlines;

/// <summary>An extension would take a deadline past the statutory maximum its declaration names (<c>maxExtensionDays</c>,
/// with the provision in <c>extensionBasis</c> or <c>statute</c>); nothing was changed. The API answers 409 with
/// <see cref="Rule"/>, the deadline and the provision.</summary>
public sealed class DeadlineExtensionLimitException(string deadline, int maximum, int alreadyExtended, int requested, string? basis)
    : Exception($"期限「{deadline}」最多可延长 {maximum} 日（已延长 {alreadyExtended} 日），本次申请延长 {requested} 日超出上限"
        + (basis is null ? "" : $"（依据：{basis}）"))
{
    public const string Rule = "extension-over-statutory-maximum";

    public string Deadline { get; } = deadline;
    public int Maximum { get; } = maximum;
    public int AlreadyExtended { get; } = alreadyExtended;
    public int Requested { get; } = requested;
    public string? Basis { get; } = basis;
}
