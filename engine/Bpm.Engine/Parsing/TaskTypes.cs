using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>Lists the zeebe:taskDefinition types a process uses, so the deployer can check them against registered activities.</summary>
public static class TaskTypes
{
    public static IReadOnlyList<TaskTypeUsage> Of(ProcessModel process) =>
        process.ElementsById.Values
            .OfType<FlowNode>()
            .Select(node => (node, definition: node switch
            {
                TaskNode task => task.TaskDefinition,
                IntermediateThrowEvent thrown => thrown.TaskDefinition,
                EndEvent end => end.TaskDefinition,
                _ => null,
            }))
            .Where(x => x.definition is not null)
            .OrderBy(x => x.node.Line)
            .Select(x => new TaskTypeUsage(x.node, x.definition!.Type))
            .ToList();
}
