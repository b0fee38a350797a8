using Bpm.Engine.Activities;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Bpm.Engine.Tests.Behaviour.Flow.FlowXml;

namespace Bpm.Engine.Tests.Behaviour.Flow;

public abstract class ServiceTaskTests(DatabaseProvider provider)
{
    private static readonly TimeSpan Backoff = TimeSpan.FromSeconds(5);

    private static Task<EngineHarness> StartAsync(DatabaseProvider provider, FailureBudget budget) =>
        EngineHarness.StartIsolatedAsync(provider, s =>
        {
            s.AddSingleton(budget);
            s.AddBpmActivity<FlakyInlineActivity>();
            s.AddBpmActivity<FlakyJobActivity>();
            s.AddBpmActivity<EchoContextActivity>();
        });

    private static string OneTask(string id, string task) => Bpmn.Process(id, $"""
        {Start()}{task}{End()}
        {Bpmn.Chain("start", "work", "end")}
        """);

    [Fact]
    public async Task Inline_activity_result_variables_reach_the_process()
    {
        await using var h = await EngineHarness.StartIsolatedAsync(provider);
        await h.DeployAsync(OneTask("svc_inline", Service("work", "bpm:set-variables", Io(Input("={status: \"ok\", total: n * 2}", "variables")))));

        var key = await h.StartAsync("svc_inline", new { n = 21 });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("ok", instance.Variables["status"]!.GetValue<string>());
        Assert.Equal(42m, instance.Variables.Number("total"));
        Assert.False(instance.Variables.ContainsKey("variables"));
        Assert.Equal(0, await h.RunJobsAsync());
    }

    [Fact]
    public async Task Job_mode_activity_waits_until_the_job_runs()
    {
        await using var h = await EngineHarness.StartIsolatedAsync(provider);
        await h.DeployAsync(OneTask("svc_job", Service("work", "bpm:counter")));

        var key = await h.StartAsync("svc_job", new { count = 41 });

        var waiting = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", waiting.State);
        Assert.Equal(["work"], waiting.ActiveElementIds);
        Assert.Equal(41m, waiting.Variables.Number("count"));

        Assert.Equal(1, await h.RunJobsAsync());

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(42m, instance.Variables.Number("count"));
        Assert.Equal(0, await h.RunJobsAsync());
    }

    [Fact]
    public async Task Technical_failure_is_retried_only_after_the_backoff()
    {
        var budget = new FailureBudget(1);
        await using var h = await StartAsync(provider, budget);
        await h.DeployAsync(OneTask("svc_retry", Service("work", "test:flaky-inline")));

        var key = await h.StartAsync("svc_retry");

        Assert.Equal(1, budget.Attempts);
        Assert.Equal("ACTIVE", (await h.InstanceAsync(key)).State);
        var failed = Assert.Single(await h.EventsAsync(key, "JOB_FAILED"));
        Assert.Equal("work", failed.ElementId);
        Assert.Contains("flaky attempt 1 failed", failed.Value!.GetValue<string>());
        Assert.Empty(await h.IncidentsAsync(key));

        Assert.Equal(0, await h.RunJobsAsync());
        h.Clock.Advance(Backoff - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await h.RunJobsAsync());
        Assert.Equal(1, budget.Attempts);

        h.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await h.RunJobsAsync());

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(2, budget.Attempts);
        Assert.Equal(2m, instance.Variables.Number("attempt"));
        Assert.Single(await h.EventsAsync(key, "JOB_FAILED"));
    }

    /// <summary>EngineOptions.JobRetryBackoff documents "First retry delay of a failed job; doubles per attempt".</summary>
    [Fact]
    public async Task Retry_backoff_doubles_per_attempt()
    {
        var budget = new FailureBudget(2);
        await using var h = await StartAsync(provider, budget);
        await h.DeployAsync(OneTask("svc_backoff", Service("work", "test:flaky-inline")));

        var key = await h.StartAsync("svc_backoff");
        h.Clock.Advance(Backoff);
        Assert.Equal(1, await h.RunJobsAsync());
        Assert.Equal(2, budget.Attempts);

        h.Clock.Advance(Backoff);
        Assert.Equal(0, await h.RunJobsAsync());
        h.Clock.Advance(Backoff);
        Assert.Equal(1, await h.RunJobsAsync());

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(3, budget.Attempts);
    }

    [Fact]
    public async Task Exhausted_retries_open_an_incident_and_resolving_it_runs_the_job_again()
    {
        var budget = new FailureBudget(3);
        await using var h = await StartAsync(provider, budget);
        await h.DeployAsync(OneTask("svc_exhaust", Service("work", "test:flaky-inline")));

        var key = await h.StartAsync("svc_exhaust");
        for (var i = 0; i < 2; i++)
        {
            h.Clock.Advance(TimeSpan.FromMinutes(15));
            Assert.Equal(1, await h.RunJobsAsync());
        }

        Assert.Equal(3, budget.Attempts);
        Assert.Equal(3, (await h.EventsAsync(key, "JOB_FAILED")).Count);
        var incident = Assert.Single(await h.IncidentsAsync(key));
        Assert.Equal("JOB_NO_RETRIES", incident.ErrorType);
        Assert.Equal("work", incident.ElementId);
        Assert.NotNull(incident.JobKey);
        Assert.Contains("flaky attempt 3 failed", incident.ErrorMessage);
        Assert.Equal("ACTIVE", (await h.InstanceAsync(key)).State);
        h.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await h.RunJobsAsync());

        await h.ResolveAsync(incident);
        Assert.Equal(1, await h.RunJobsAsync());

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(4, budget.Attempts);
        Assert.Equal(4m, instance.Variables.Number("attempt"));
        Assert.Empty(await h.IncidentsAsync(key));
        Assert.Equal("RESOLVED", Assert.Single(await h.IncidentsAsync(key, state: null)).State);
        Assert.Single(await h.EventsAsync(key, "INCIDENT_RESOLVED"));
    }

    [Fact]
    public async Task Retries_of_one_opens_the_incident_after_the_first_failure()
    {
        var budget = new FailureBudget(1);
        await using var h = await StartAsync(provider, budget);
        await h.DeployAsync(OneTask("svc_once", Service("work", "test:flaky-inline", retries: "1")));

        var key = await h.StartAsync("svc_once");

        Assert.Equal(1, budget.Attempts);
        var incident = Assert.Single(await h.IncidentsAsync(key));
        Assert.Equal("JOB_NO_RETRIES", incident.ErrorType);
        Assert.Single(await h.EventsAsync(key, "JOB_FAILED"));

        await h.ResolveAsync(incident);
        Assert.Equal(1, await h.RunJobsAsync());

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(2, budget.Attempts);
    }

    [Fact]
    public async Task Job_mode_failure_is_retried_after_the_backoff()
    {
        var budget = new FailureBudget(1);
        await using var h = await StartAsync(provider, budget);
        await h.DeployAsync(OneTask("svc_job_retry", Service("work", "test:flaky-job", retries: "2")));

        var key = await h.StartAsync("svc_job_retry");
        Assert.Equal(0, budget.Attempts);
        Assert.Equal(1, await h.RunJobsAsync());
        Assert.Equal(1, budget.Attempts);
        Assert.Single(await h.EventsAsync(key, "JOB_FAILED"));
        Assert.Equal(0, await h.RunJobsAsync());

        h.Clock.Advance(Backoff);
        Assert.Equal(1, await h.RunJobsAsync());

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(2m, instance.Variables.Number("attempt"));
    }

    [Fact]
    public async Task Job_mode_retries_exhausted_open_an_incident_and_resolve_reruns_it()
    {
        var budget = new FailureBudget(1);
        await using var h = await StartAsync(provider, budget);
        await h.DeployAsync(OneTask("svc_job_once", Service("work", "test:flaky-job", retries: "1")));

        var key = await h.StartAsync("svc_job_once");
        Assert.Equal(1, await h.RunJobsAsync());

        var incident = Assert.Single(await h.IncidentsAsync(key));
        Assert.Equal("JOB_NO_RETRIES", incident.ErrorType);
        Assert.True((await h.InstanceAsync(key)).Incidents.Count == 1);

        await h.ResolveAsync(incident);
        Assert.Equal(1, await h.RunJobsAsync());

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(2, budget.Attempts);
    }

    [Fact]
    public async Task Task_headers_and_retries_reach_the_activity()
    {
        await using var h = await StartAsync(provider, new FailureBudget(0));
        await h.DeployAsync(OneTask("svc_headers", Service("work", "test:echo",
            """<zeebe:taskHeaders><zeebe:header key="region" value="east" /><zeebe:header key="tier" value="gold" /></zeebe:taskHeaders>"""
            + Io(Input("=\"hi \" + name", "text")), retries: "4")));

        var key = await h.StartAsync("svc_headers", new { name = "ann" });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("""{"region":"east","tier":"gold"}""", instance.Variables["seenHeaders"].Json());
        Assert.Equal(4m, instance.Variables.Number("seenRetries"));
        Assert.Equal("work", instance.Variables["seenElement"]!.GetValue<string>());
        Assert.Equal("echo:hi ann", instance.Variables["echo"]!.GetValue<string>());
        Assert.False(instance.Variables.ContainsKey("text"));
    }

    [Fact]
    public async Task Output_mappings_replace_result_propagation()
    {
        await using var h = await StartAsync(provider, new FailureBudget(0));
        await h.DeployAsync(OneTask("svc_out", Service("work", "test:echo", Io(Input("=\"x\"", "text"), Output("=echo + \"!\"", "shout")))));

        var key = await h.StartAsync("svc_out");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("echo:x!", instance.Variables["shout"]!.GetValue<string>());
        Assert.False(instance.Variables.ContainsKey("echo"));
        Assert.False(instance.Variables.ContainsKey("seenHeaders"));
    }

    [Fact]
    public async Task Bpmn_error_without_a_catching_boundary_raises_an_unhandled_error_incident()
    {
        await using var h = await EngineHarness.StartIsolatedAsync(provider);
        await h.DeployAsync(OneTask("svc_bpmn_error", Service("work", "bpm:fail", Io(Input("=\"E42\"", "errorCode")))));

        var key = await h.StartAsync("svc_bpmn_error");

        Assert.Equal("ACTIVE", (await h.InstanceAsync(key)).State);
        var incident = Assert.Single(await h.IncidentsAsync(key));
        Assert.Equal("UNHANDLED_ERROR_EVENT", incident.ErrorType);
        Assert.Contains("E42", incident.ErrorMessage);
        Assert.Empty(await h.EventsAsync(key, "JOB_FAILED"));
    }
}

public sealed class ServiceTaskSqliteTests() : ServiceTaskTests(DatabaseProvider.Sqlite);
public sealed class ServiceTaskPostgresTests() : ServiceTaskTests(DatabaseProvider.Postgres);
