namespace Bpm.Engine.Expressions;

/// <summary>Parses and compiles FEEL; caches compiled expressions by source text.</summary>
public sealed class FeelEngine
{
    public FeelEngine(TimeProvider clock, FeelFunctionRegistry? functions = null) => throw new NotImplementedException();
    public FeelFunctionRegistry Functions => throw new NotImplementedException();
    /// <summary>"=expr" compiles expr; anything else is a static string value. Throws <see cref="FeelSyntaxException"/>.</summary>
    public FeelExpression Parse(string source) => throw new NotImplementedException();
    /// <summary>Compiles the text as FEEL whether or not it starts with '=' (for conditions written without it).</summary>
    public FeelExpression ParseExpression(string feel) => throw new NotImplementedException();
}
