namespace Bpm.Server.Problems;

/// <summary>The request itself is wrong (unreadable body, bad route key, bad query value): answered 400 naming the field.</summary>
public sealed class ApiBadRequestException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
