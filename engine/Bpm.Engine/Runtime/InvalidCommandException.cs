namespace Bpm.Engine.Runtime;

/// <summary>A command's input is wrong, e.g. variables that are not a JSON object (the API answers 400). Field names the offending input.</summary>
public sealed class InvalidCommandException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
