using System.Text.Json.Nodes;
using Bpm.Engine.Activities;

namespace Bpm.Engine.Tests.Activities;

// Test activities. The test assembly is never scanned as a whole: it holds deliberately invalid and duplicate activities.

public enum Priority { Low, High }

[Activity("test:sample", "示例", "测试", Description = "示例活动", Mode = ActivityExecutionMode.Inline)]
public sealed class SampleActivity : IActivity
{
    [Input("姓名", Required = true, Description = "当事人姓名")]
    public string Name { get; set; } = "";

    [Input("金额", DefaultValue = "=amount")]
    public decimal Amount { get; set; }

    [Input("数量", DefaultValue = "2")]
    public int? Count { get; set; }

    [Input("启用")]
    public bool Enabled { get; set; }

    [Input("期限")]
    public DateOnly? Due { get; set; }

    [Input("附加")]
    public JsonObject? Payload { get; set; }

    [Input("标签")]
    public List<string>? Tags { get; set; }

    [Input("条目")]
    public JsonArray? Items { get; set; }

    [Input("选项")]
    public Dictionary<string, string>? Options { get; set; }

    [Input("优先级")]
    public Priority Priority { get; set; }

    [Output("问候", Description = "问候语")]
    public string Greeting { get; private set; } = "";

    [Output("合计")]
    public decimal Total { get; private set; }

    public string NotAnInput { get; set; } = "";

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        Greeting = $"你好 {Name}";
        Total = Amount * (Count ?? 1);
        context.SetVariable("extra", 1);
        if (Name == "override") context.SetVariable("greeting", "set explicitly");
        context.Log($"greeted {Name}");
        return ValueTask.CompletedTask;
    }
}

[Activity("test:sample", "重复", "测试")]
public sealed class DuplicateSampleActivity : IActivity
{
    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

public sealed class NoAttributeActivity : IActivity
{
    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

[Activity("test:init-only", "只读输入", "测试")]
public sealed class InitOnlyInputActivity : IActivity
{
    [Input("值")]
    public string? Value { get; init; }

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

[Activity("test:abstract", "抽象", "测试")]
public abstract class AbstractActivity : IActivity
{
    public abstract ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken);
}

public interface IGreetingService
{
    string Greet(string name);
}

public sealed class GreetingService : IGreetingService
{
    public string Greet(string name) => $"您好，{name}";
}

[Activity("test:greeter", "问候", "测试")]
public sealed class GreeterActivity(IGreetingService greetings) : IActivity
{
    [Input("姓名", Required = true)]
    public string Name { get; set; } = "";

    [Output("问候")]
    public string? Greeting { get; private set; }

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        Greeting = greetings.Greet(Name);
        return ValueTask.CompletedTask;
    }
}

[Activity("test:hang", "挂起", "测试")]
public sealed class HangingActivity : IActivity
{
    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
        await Task.Delay(Timeout.Infinite, cancellationToken);
}

[Activity("test:bpmn-error", "业务错误", "测试")]
public sealed class BpmnErrorActivity : IActivity
{
    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
        throw new BpmnErrorException("MATERIALS_INCOMPLETE", "材料不全");
}

[Activity("test:icon", "图标", "测试", Icon = Icon)]
public sealed class IconActivity : IActivity
{
    public const string Icon = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E";

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

[Activity("test:bad-icon", "坏图标", "测试", Icon = "icons/log.svg")]
public sealed class BadIconActivity : IActivity
{
    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
