using System.Text.Json.Nodes;
using Bpm.Engine.Expressions;
using Bpm.Engine.Limits;

namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution
{
    /// <summary>An evaluation ran out of budget: an incident on the element (which <see cref="IncidentMessage"/> names),
    /// naming the expression and the budget, in Chinese.</summary>
    private static IncidentException LimitIncident(FeelLimitExceededException ex, string? what) =>
        new(IncidentTypes.EvaluationLimit,
            $"{what ?? "表达式"}求值超出{FeelLimitExceededException.LimitName(ex.Limit)}上限 {ex.Value}" +
            $"（Bpm:Engine:Evaluation:{ex.Limit}），已中止",
            ex);

    /// <summary>Refuses a variable change that would grow the instance's variables past the limit, before it is made: a
    /// command's input is refused whole (413, nothing stored), the engine's own output becomes an incident.</summary>
    private void KeepWithinVariablesLimit(InstanceExecution instance, JsonObject scope, string name, JsonNode? value)
    {
        var limit = Context.Options.Limits.MaxVariablesBytes;
        if (limit <= 0) return;
        instance.VariablesBytes ??= MeasureVariables(instance);
        var replaced = scope.TryGetPropertyValue(name, out var existing) ? VariableSize.OfEntry(name, existing) : 0;
        var next = instance.VariablesBytes.Value - replaced + VariableSize.OfEntry(name, value);
        if (next > limit) throw SizeLimitExceededException.Variables(limit, next);
        instance.VariablesBytes = next;
    }

    private static long MeasureVariables(InstanceExecution instance)
    {
        var total = VariableSize.Of(instance.State.Variables);
        foreach (var element in instance.State.Elements)
            if (element.Variables is { } locals) total += VariableSize.Of(locals);
        return total;
    }

    private static string VariablesIncidentMessage(SizeLimitExceededException ex) =>
        $"输出将使流程变量超出上限 {ex.LimitValue} 字节（{ex.Limit}），未保存";
}
