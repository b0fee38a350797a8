namespace Bpm.Engine.Expressions;

/// <summary>The expression text is not valid FEEL. Position is the 0-based character offset in the source as given.</summary>
public sealed class FeelSyntaxException(string message, int position) : Exception(message)
{
    public int Position { get; } = position;
}
