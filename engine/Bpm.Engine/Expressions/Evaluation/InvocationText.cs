namespace Bpm.Engine.Expressions.Evaluation;

/// <summary>How a refused call names what it was given, in the messages a designer reads (validation, incidents).</summary>
internal static class InvocationText
{
    public static string Given(int count, IReadOnlyList<string>? names) =>
        names is null ? $"{count} 个参数" : $"参数（{string.Join("、", names)}）";
}
