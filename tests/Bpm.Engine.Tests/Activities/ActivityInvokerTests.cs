using System.Text.Json.Nodes;
using Bpm.Engine.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Activities;

public sealed class ActivityInvokerTests : IDisposable
{
    private readonly ServiceProvider _services = ActivityTestHost.Build(s => s
        .AddSingleton<IGreetingService, GreetingService>()
        .AddBpmActivity<SampleActivity>()
        .AddBpmActivity<GreeterActivity>()
        .AddBpmActivity<HangingActivity>()
        .AddBpmActivity<BpmnErrorActivity>());

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task Binds_inputs_of_every_kind_and_returns_outputs()
    {
        var result = await _services.InvokeAsync("test:sample", new JsonObject
        {
            ["name"] = "张三",
            ["amount"] = 12.5,
            ["count"] = 4,
            ["enabled"] = true,
            ["due"] = "2025-03-31",
            ["payload"] = new JsonObject { ["a"] = 1 },
            ["tags"] = new JsonArray("x", "y"),
            ["items"] = new JsonArray(1, 2),
            ["options"] = new JsonObject { ["k"] = "v" },
            ["priority"] = "High",
        });

        Assert.Equal("你好 张三", result.Variables["greeting"]!.GetValue<string>());
        Assert.Equal(50m, result.Variables["total"]!.GetValue<decimal>());
        Assert.Equal(1, result.Variables["extra"]!.GetValue<int>());
        Assert.Equal(["greeted 张三"], result.Logs);
    }

    [Fact]
    public async Task Binds_the_properties_themselves()
    {
        var activity = new SampleActivity();
        using var services = ActivityTestHost.Build(s => s.AddSingleton(activity));
        var invoker = new ActivityInvoker(services.GetRequiredService<IServiceScopeFactory>());

        await invoker.InvokeAsync(ActivityDescriptorBuilder.Build<SampleActivity>(), ActivityTestHost.Invocation(new JsonObject
        {
            ["name"] = "李四",
            ["due"] = "2025-03-31",
            ["payload"] = new JsonObject { ["a"] = 1 },
            ["tags"] = new JsonArray("x", "y"),
            ["options"] = new JsonObject { ["k"] = "v" },
            ["priority"] = "high",
            ["enabled"] = true,
        }), CancellationToken.None);

        Assert.Equal(new DateOnly(2025, 3, 31), activity.Due);
        Assert.Equal(1, activity.Payload!["a"]!.GetValue<int>());
        Assert.Equal(["x", "y"], activity.Tags!);
        Assert.Equal("v", activity.Options!["k"]);
        Assert.Equal(Priority.High, activity.Priority);
        Assert.Equal(2, activity.Count); // static default "2" applies when the variable is missing
        Assert.Equal(0m, activity.Amount); // a FEEL default is the designer's business, not the invoker's
        Assert.True(activity.Enabled);
    }

    [Fact]
    public async Task Numbers_from_strings_and_scalars_into_strings_are_accepted()
    {
        var result = await _services.InvokeAsync("test:sample", new JsonObject { ["name"] = 42, ["amount"] = "2.5", ["count"] = 2 });

        Assert.Equal("你好 42", result.Variables["greeting"]!.GetValue<string>());
        Assert.Equal(5m, result.Variables["total"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_missing_required_input_names_the_input()
    {
        var ex = await Assert.ThrowsAsync<ActivityInputException>(() => _services.InvokeAsync("test:sample", new JsonObject { ["amount"] = 1 }));

        Assert.Equal("name", ex.InputName);
        Assert.Equal("test:sample", ex.ActivityType);
        Assert.Contains("（name）", ex.Message);
        Assert.Contains("缺少必填输入", ex.Message);
    }

    [Fact]
    public async Task A_null_required_input_counts_as_missing()
    {
        var ex = await Assert.ThrowsAsync<ActivityInputException>(() => _services.InvokeAsync("test:sample", new JsonObject { ["name"] = null }));

        Assert.Equal("name", ex.InputName);
    }

    [Theory]
    [InlineData("amount", "\"lots\"", "Number")]
    [InlineData("enabled", "[1]", "Boolean")]
    [InlineData("due", "\"yesterday\"", "Date")]
    [InlineData("payload", "[1,2]", "Object")]
    [InlineData("items", "{\"a\":1}", "Array")]
    [InlineData("name", "{\"a\":1}", "String")]
    [InlineData("count", "99999999999", "Number")]
    public async Task A_value_that_does_not_convert_names_the_input_and_the_expected_kind(string input, string json, string kind)
    {
        var variables = new JsonObject { ["name"] = "张三", [input] = JsonNode.Parse(json) };

        var ex = await Assert.ThrowsAsync<ActivityInputException>(() => _services.InvokeAsync("test:sample", variables));

        Assert.Equal(input, ex.InputName);
        Assert.Contains($"（{input}）", ex.Message);
        Assert.Contains($"（{kind}）", ex.Message);
    }

    [Fact]
    public async Task Explicitly_set_variables_win_over_outputs()
    {
        var result = await _services.InvokeAsync("test:sample", new JsonObject { ["name"] = "override" });

        Assert.Equal("set explicitly", result.Variables["greeting"]!.GetValue<string>());
        Assert.True(result.Variables.ContainsKey("total"));
    }

    [Fact]
    public async Task A_bpmn_error_passes_through()
    {
        var ex = await Assert.ThrowsAsync<BpmnErrorException>(() => _services.InvokeAsync("test:bpmn-error"));

        Assert.Equal("MATERIALS_INCOMPLETE", ex.ErrorCode);
        Assert.Equal("材料不全", ex.Message);
    }

    [Fact]
    public async Task Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _services.InvokeAsync("test:hang", ct: cts.Token));
    }

    [Fact]
    public async Task An_already_cancelled_token_does_not_start_the_activity()
    {
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _services.InvokeAsync("test:sample", new JsonObject { ["name"] = "x" }, new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task Constructor_injected_services_are_resolved()
    {
        var result = await _services.InvokeAsync("test:greeter", new JsonObject { ["name"] = "王五" });

        Assert.Equal("您好，王五", result.Variables["greeting"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unregistered_activity_class_is_still_created_through_DI()
    {
        using var services = ActivityTestHost.Build(s => s.AddSingleton<IGreetingService, GreetingService>());
        var invoker = new ActivityInvoker(services.GetRequiredService<IServiceScopeFactory>());

        var result = await invoker.InvokeAsync(ActivityDescriptorBuilder.Build<GreeterActivity>(),
            ActivityTestHost.Invocation(new JsonObject { ["name"] = "赵六" }), CancellationToken.None);

        Assert.Equal("您好，赵六", result.Variables["greeting"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_context_carries_the_invocation_and_the_scope()
    {
        using var services = ActivityTestHost.Build(s => s.AddScoped<ScopeProbe>().AddBpmActivity<ContextProbeActivity>());

        var first = await services.InvokeAsync("test:context-probe");
        var second = await services.InvokeAsync("test:context-probe");

        Assert.Equal("BK-1", first.Variables["businessKey"]!.GetValue<string>());
        Assert.NotEqual(first.Variables["scope"]!.GetValue<string>(), second.Variables["scope"]!.GetValue<string>());
    }
}

public sealed class ScopeProbe
{
    public string Id { get; } = Guid.NewGuid().ToString("N");
}

[Activity("test:context-probe", "上下文", "测试")]
public sealed class ContextProbeActivity(ScopeProbe probe) : IActivity
{
    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        context.SetVariable("businessKey", context.Invocation.BusinessKey);
        context.SetVariable("scope", context.Services.GetRequiredService<ScopeProbe>().Id == probe.Id ? probe.Id : "different");
        return ValueTask.CompletedTask;
    }
}
