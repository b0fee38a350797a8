using System.Text.Json.Nodes;

namespace Bpm.Engine.Runtime;

/// <summary>A person's correction of a case variable (流程监控): one step that writes the value where the process keeps it
/// and journals VARIABLE_SET with who and why, so the correction is part of the hash-chained history.</summary>
internal sealed partial class ProcessEngine
{
    public Task SetVariableAsync(long processInstanceKey, string name, JsonNode? value, string by, string reason, CancellationToken ct)
    {
        Require(name, "name");
        Require(reason, "reason");
        Limits.VariableSize.CheckIncoming(context.Options.Limits, new JsonObject { [name] = value?.DeepClone() }, "value");
        return RunCommandAsync(requireCallerMaySee: null, async step =>
        {
            step.Actor = by;
            var instance = await step.LoadAsync(processInstanceKey);
            if (!instance.State.Variables.ContainsKey(name))
                throw new EngineNotFoundException($"流程实例 {processInstanceKey} 没有变量「{name}」");
            step.SetLocal(instance, instance.Key, name, value?.DeepClone(), reason.Trim());
            return true;
        }, ct);
    }

    private static void Require(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new InvalidCommandException($"缺少必填字段 {field}", field);
    }
}
