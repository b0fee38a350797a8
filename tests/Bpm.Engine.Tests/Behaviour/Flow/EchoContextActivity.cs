using System.Text.Json.Nodes;
using Bpm.Engine.Activities;

namespace Bpm.Engine.Tests.Behaviour.Flow;

/// <summary>Inline activity that reports what it was handed: task headers, retries left, element id, its input and output.</summary>
[Activity("test:echo", "回显", "测试", Mode = ActivityExecutionMode.Inline)]
public sealed class EchoContextActivity : IActivity
{
    [Input("文本")]
    public string? Text { get; set; }

    [Output("回显")]
    public string? Echo { get; private set; }

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var headers = new JsonObject();
        foreach (var (key, value) in context.Headers.OrderBy(p => p.Key, StringComparer.Ordinal)) headers[key] = value;
        context.SetVariable("seenHeaders", headers);
        context.SetVariable("seenRetries", JsonValue.Create(context.Invocation.RetriesLeft));
        context.SetVariable("seenElement", JsonValue.Create(context.Invocation.ElementId));
        Echo = Text is null ? null : "echo:" + Text;
        return ValueTask.CompletedTask;
    }
}
