using System.Text.Json.Nodes;
using Bpm.Engine.Activities;

namespace Bpm.Activities.Generic;

[Activity("bpm:set-variables", "设置变量", GenericActivities.Category, Mode = ActivityExecutionMode.Inline,
    Description = "把一个对象的每个成员设为流程变量。")]
public sealed class SetVariablesActivity : IActivity
{
    [Input("变量", Required = true, Description = "FEEL 上下文，例如 ={status: \"已受理\", acceptedAt: now()}。每个成员成为一个变量。")]
    public JsonObject Variables { get; set; } = [];

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        foreach (var (name, value) in Variables)
            context.SetVariable(name, value?.DeepClone());
        return ValueTask.CompletedTask;
    }
}
