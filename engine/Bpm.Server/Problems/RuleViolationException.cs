namespace Bpm.Server.Problems;

/// <summary>The request breaks a rule of law (answered 409 with <c>rule</c> and <c>law</c>); nothing was changed.</summary>
public sealed class RuleViolationException(string message, string rule, string law, string? field = null) : Exception(message)
{
    public string Rule { get; } = rule;
    public string Law { get; } = law;
    public string? Field { get; } = field;
}
