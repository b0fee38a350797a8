using System.Text.Json.Nodes;
using Bpm.Activities;
using Bpm.Activities.Generic;
using Bpm.Engine.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Activities;

public sealed class GenericActivitiesTests : IDisposable
{
    private readonly FakeTimeProvider _time = TestClock.At(new DateTimeOffset(2025, 9, 26, 9, 0, 0, TestClock.China));
    private readonly ServiceProvider _services;

    public GenericActivitiesTests()
    {
        _services = ActivityTestHost.Build(s => s.AddSingleton<TimeProvider>(_time).AddBpmActivities(BpmActivitiesAssembly.Assembly));
    }

    public void Dispose() => _services.Dispose();

    [Fact]
    public void Descriptors_have_chinese_names_and_modes()
    {
        var registry = _services.GetRequiredService<IActivityRegistry>();

        Assert.Equal(("设置变量", ActivityExecutionMode.Inline), Describe(registry, "bpm:set-variables"));
        Assert.Equal(("写入日志", ActivityExecutionMode.Inline), Describe(registry, "bpm:log"));
        Assert.Equal(("抛出错误", ActivityExecutionMode.Inline), Describe(registry, "bpm:fail"));
        Assert.Equal(("延时", ActivityExecutionMode.Job), Describe(registry, "bpm:delay"));
        Assert.Equal(("计数", ActivityExecutionMode.Job), Describe(registry, "bpm:counter"));
        Assert.Equal(typeof(LogActivity).Assembly, BpmActivitiesAssembly.Assembly);
    }

    private static (string, ActivityExecutionMode) Describe(IActivityRegistry registry, string type)
    {
        var descriptor = registry.Find(type)!;
        return (descriptor.DisplayName, descriptor.Mode);
    }

    [Fact]
    public async Task Set_variables_sets_every_member()
    {
        var result = await _services.InvokeAsync("bpm:set-variables", new JsonObject
        {
            ["variables"] = new JsonObject { ["status"] = "已受理", ["fine"] = 500, ["party"] = new JsonObject { ["name"] = "张三" }, ["none"] = null },
        });

        Assert.Equal("已受理", result.Variables["status"]!.GetValue<string>());
        Assert.Equal(500, result.Variables["fine"]!.GetValue<int>());
        Assert.Equal("张三", (string?)result.Variables["party"]!["name"]);
        Assert.True(result.Variables.ContainsKey("none"));
        Assert.Null(result.Variables["none"]);
        Assert.False(result.Variables.ContainsKey("variables"));
    }

    [Fact]
    public async Task Set_variables_requires_an_object()
    {
        var missing = await Assert.ThrowsAsync<ActivityInputException>(() => _services.InvokeAsync("bpm:set-variables"));
        var wrong = await Assert.ThrowsAsync<ActivityInputException>(
            () => _services.InvokeAsync("bpm:set-variables", new JsonObject { ["variables"] = "x" }));

        Assert.Equal("variables", missing.InputName);
        Assert.Equal("variables", wrong.InputName);
    }

    [Fact]
    public async Task Log_writes_to_the_journal()
    {
        var plain = await _services.InvokeAsync("bpm:log", new JsonObject { ["message"] = "已送达" });
        var warning = await _services.InvokeAsync("bpm:log", new JsonObject { ["message"] = "超期", ["level"] = "warning" });

        Assert.Equal(["已送达"], plain.Logs);
        Assert.Equal(["[warning] 超期"], warning.Logs);
        Assert.Empty(plain.Variables);
    }

    [Fact]
    public async Task Log_requires_a_message()
    {
        var ex = await Assert.ThrowsAsync<ActivityInputException>(() => _services.InvokeAsync("bpm:log"));

        Assert.Equal("message", ex.InputName);
    }

    [Fact]
    public async Task Fail_with_a_code_raises_a_bpmn_error()
    {
        var ex = await Assert.ThrowsAsync<BpmnErrorException>(
            () => _services.InvokeAsync("bpm:fail", new JsonObject { ["errorCode"] = "REJECTED", ["message"] = "不予受理" }));

        Assert.Equal("REJECTED", ex.ErrorCode);
        Assert.Equal("不予受理", ex.Message);
    }

    [Fact]
    public async Task Fail_without_a_code_is_a_technical_failure()
    {
        var withMessage = await Assert.ThrowsAsync<InvalidOperationException>(
            () => _services.InvokeAsync("bpm:fail", new JsonObject { ["message"] = "服务不可用" }));
        var bare = await Assert.ThrowsAsync<InvalidOperationException>(() => _services.InvokeAsync("bpm:fail"));

        Assert.Equal("服务不可用", withMessage.Message);
        Assert.Equal(FailActivity.DefaultMessage, bare.Message);
    }

    [Fact]
    public async Task Delay_waits_on_the_registered_time_provider_and_reports_the_delay()
    {
        var delaying = _services.InvokeAsync("bpm:delay", new JsonObject { ["milliseconds"] = 30 });
        _time.Advance(TimeSpan.FromMilliseconds(29));
        Assert.False(delaying.IsCompleted);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        var result = await delaying.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(30, result.Variables["delayedMs"]!.GetValue<long>());
    }

    [Fact]
    public async Task Delay_is_cancellable()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _services.InvokeAsync("bpm:delay", new JsonObject { ["milliseconds"] = 60_000 }, cts.Token));
    }

    [Fact]
    public async Task Delay_rejects_missing_and_negative_milliseconds()
    {
        var missing = await Assert.ThrowsAsync<ActivityInputException>(() => _services.InvokeAsync("bpm:delay"));
        var negative = await Assert.ThrowsAsync<ActivityInputException>(
            () => _services.InvokeAsync("bpm:delay", new JsonObject { ["milliseconds"] = -1 }));

        Assert.Equal("milliseconds", missing.InputName);
        Assert.Equal("milliseconds", negative.InputName);
    }

    [Fact]
    public async Task Delay_falls_back_to_the_system_clock()
    {
        using var services = ActivityTestHost.Build(s => s.AddBpmActivities(BpmActivitiesAssembly.Assembly));

        var result = await services.InvokeAsync("bpm:delay", new JsonObject { ["milliseconds"] = 1 });

        Assert.True(result.Variables.ContainsKey("delayedMs"));
    }

    [Fact]
    public async Task Counter_adds_the_step()
    {
        var first = await _services.InvokeAsync("bpm:counter");
        var next = await _services.InvokeAsync("bpm:counter", new JsonObject { ["count"] = 4, ["step"] = 3 });

        Assert.Equal(1, first.Variables["count"]!.GetValue<long>());
        Assert.Equal(7, next.Variables["count"]!.GetValue<long>());
    }
}
