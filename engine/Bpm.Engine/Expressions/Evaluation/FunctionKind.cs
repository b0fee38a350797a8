namespace Bpm.Engine.Expressions.Evaluation;

internal enum FunctionKind
{
    /// <summary>Type mismatches inside the body yield null, as FEEL built-ins do.</summary>
    BuiltIn,
    /// <summary>Registered through <see cref="FeelFunctionRegistry"/>; any failure becomes a FeelEvaluationException.</summary>
    Registered,
    /// <summary>A "function(a, b) ..." value.</summary>
    Lambda,
}
