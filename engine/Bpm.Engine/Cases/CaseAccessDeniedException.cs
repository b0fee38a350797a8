namespace Bpm.Engine.Cases;

/// <summary>The caller may not see or change this case (or start it there); <see cref="Rule"/> names the rule
/// (<c>case-visibility</c>, <c>case-read-only</c>, <c>case-start-organisation</c>, <c>process-start-not-allowed</c>, …).
/// The API answers 403 with the rule.</summary>
public sealed class CaseAccessDeniedException(string rule, string message) : Exception(message)
{
    public string Rule { get; } = rule;
}
