using Bpm.Engine.Hosting;
using Bpm.Engine.Limits;
using Bpm.Engine.Messaging;
using Bpm.Engine.Persistence;
using Bpm.Engine.Queries;
using Bpm.Engine.Runtime.Commands;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Limits;

/// <summary>An instance's variables stay within <c>Bpm:Engine:Limits:MaxVariablesBytes</c> wherever they come from: a
/// command past it is refused with nothing stored, the engine's own output past it is an incident.</summary>
public abstract class VariableLimitTests(DatabaseProvider provider)
{
    private const int Limit = 16 * 1024;

    private static Task<EngineHarness> StartAsync(DatabaseProvider provider) =>
        EngineHarness.StartAsync(provider, services => services.Configure<EngineOptions>(o => o.Limits.MaxVariablesBytes = Limit));

    /// <summary>ASCII, so that characters and stored bytes are the same count.</summary>
    private static string Text(int length) => new('x', length);

    private static async Task<long> CountAsync(EngineHarness h, string processId) =>
        (await h.Queries.ListInstancesAsync(new ProcessInstanceFilter(null, processId, null), CancellationToken.None)).Total;

    [Fact]
    public async Task A_start_with_variables_past_the_limit_is_refused_and_nothing_is_stored()
    {
        await using var h = await StartAsync(provider);
        var id = "big_start_" + Guid.NewGuid().ToString("N")[..8];
        await h.DeployAsync(Bpmn.Process(id, $"""<bpmn:startEvent id="start" />{Bpmn.UserTask("task")}{Bpmn.Chain("start", "task")}"""));

        var error = await Assert.ThrowsAsync<SizeLimitExceededException>(() => h.StartAsync(id, new { note = Text(Limit + 10) }));
        Assert.Equal("Bpm:Engine:Limits:MaxVariablesBytes", error.Limit);
        Assert.Equal(Limit, error.LimitValue);
        Assert.False(error.IsLength);
        Assert.Contains("超出上限", error.Message);
        Assert.Equal(0, await CountAsync(h, id));

        await h.StartAsync(id, new { note = Text(1000) });
        Assert.Equal(1, await CountAsync(h, id));
    }

    [Fact]
    public async Task A_business_key_past_its_length_is_refused()
    {
        await using var h = await StartAsync(provider);
        var id = "long_key_" + Guid.NewGuid().ToString("N")[..8];
        await h.DeployAsync(Bpmn.Process(id, $"""<bpmn:startEvent id="start" />{Bpmn.UserTask("task")}{Bpmn.Chain("start", "task")}"""));

        var error = await Assert.ThrowsAsync<SizeLimitExceededException>(() => h.StartAsync(id, businessKey: new string('K', 257)));
        Assert.True(error.IsLength);
        Assert.Equal("businessKey", error.Field);
        Assert.Equal(256, error.LimitValue);
        Assert.Equal(0, await CountAsync(h, id));
        await h.StartAsync(id, businessKey: new string('K', 256));
    }

    [Fact]
    public async Task Completing_a_task_that_would_grow_the_variables_past_the_limit_is_refused_and_the_task_stays_open()
    {
        await using var h = await StartAsync(provider);
        var id = "big_completion_" + Guid.NewGuid().ToString("N")[..8];
        await h.DeployAsync(Bpmn.Process(id, $"""<bpmn:startEvent id="start" />{Bpmn.UserTask("task")}<bpmn:endEvent id="end" />{Bpmn.Chain("start", "task", "end")}"""));
        var key = await h.StartAsync(id, new { existing = Text(Limit / 2) });

        await Assert.ThrowsAsync<SizeLimitExceededException>(() => h.CompleteTaskAsync(key, "task", new { added = Text(Limit / 2 + 100) }));
        var instance = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance.State);
        Assert.False(instance.Variables.ContainsKey("added"));
        Assert.Single(await h.OpenTasksAsync(key));

        await h.CompleteTaskAsync(key, "task", new { added = "ok" });
        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
    }

    [Fact]
    public async Task A_message_with_variables_past_the_limit_is_refused()
    {
        await using var h = await StartAsync(provider);
        var correlator = h.Services.GetRequiredService<IMessageCorrelator>();
        var variables = EngineHarness.ToJsonObject(new { payload = Text(Limit + 10) });

        await Assert.ThrowsAsync<SizeLimitExceededException>(() => correlator.PublishAsync(
            new PublishMessageCommand("limit-test-" + Guid.NewGuid().ToString("N"), "K", variables, TimeSpan.FromHours(1)), CancellationToken.None));
        await Assert.ThrowsAsync<SizeLimitExceededException>(() => correlator.CorrelateAsync(
            new CorrelateMessageCommand("limit-test", "K", variables), CancellationToken.None));
    }

    [Fact]
    public async Task An_expression_output_that_grows_the_variables_past_the_limit_is_an_incident_not_a_giant_row()
    {
        await using var h = await StartAsync(provider);
        var id = "big_output_" + Guid.NewGuid().ToString("N")[..8];
        await h.DeployAsync(Bpmn.Process(id, $"""
            <bpmn:startEvent id="start" />
            {Bpmn.ScriptTask("grow", "=string join(for i in 1..2000 return \"0123456789\")", "grown")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "grow", "end")}
            """));
        var key = await h.StartAsync(id);

        var instance = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance.State);
        Assert.False(instance.Variables.ContainsKey("grown"));
        var incident = Assert.Single(await h.Queries.ListIncidentsAsync(key, null, CancellationToken.None));
        Assert.Equal("VARIABLES_TOO_LARGE", incident.ErrorType);
        Assert.Equal("grow", incident.ElementId);
        Assert.Contains("「grow」：", incident.ErrorMessage);
        Assert.Contains("MaxVariablesBytes", incident.ErrorMessage);
    }
}

public sealed class VariableLimitSqliteTests() : VariableLimitTests(DatabaseProvider.Sqlite);
public sealed class VariableLimitPostgresTests() : VariableLimitTests(DatabaseProvider.Postgres);
