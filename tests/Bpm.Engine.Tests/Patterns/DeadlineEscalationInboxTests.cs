using Bpm.Engine.Escalations;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Bpm.Engine.Tests.Timers;
using Bpm.Engine.UserTasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RepositoryRoot = Bpm.Engine.Tests.Infrastructure.RepositoryRoot;

namespace Bpm.Engine.Tests.Patterns;

/// <summary>The red deadline timer of workflows/deadline-escalation.bpmn opens one OVERDUE escalation about the officer's
/// task, linked to the 负责人督办 task the flow creates; the overdue sweep running afterwards adds nothing; completing the
/// head's task settles it.</summary>
public abstract class DeadlineEscalationInboxTests(DatabaseProvider provider)
{
    private static readonly DateTimeOffset Due = new(2025, 10, 13, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task The_red_timer_opens_one_overdue_escalation_decided_by_the_heads_supervision_task()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        var h = e.H;
        await h.Engine.DeployAsync(
            new[] { "deadline-escalation.bpmn", "deadline-escalation-decision.form", "overdue-supervision.form" }
                .Select(name => new Deployment.DeploymentResource(name, File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "workflows", name)))).ToList(),
            CancellationToken.None);
        var key = await h.StartAsync("deadline-escalation");
        Assert.Empty(await EscalationsAsync(h, key));

        h.Clock.Advance(Due.AddMinutes(1) - h.Clock.GetUtcNow());
        await e.SweepAsync();
        Assert.Equal(0, await h.Services.GetRequiredService<OverdueSweep>().RunOnceAsync(CancellationToken.None));

        var open = await h.OpenTasksAsync(key);
        var decide = open.Single(t => t.ElementId == "decide");
        var supervise = open.Single(t => t.ElementId == "supervise");
        var escalation = Assert.Single(await EscalationsAsync(h, key));
        Assert.Equal((EscalationReasons.Overdue, EscalationState.Open), (escalation.Reason, escalation.State));
        Assert.Equal(long.Parse(decide.UserTaskKey), escalation.OriginTaskKey);
        Assert.Equal("decide", escalation.OriginElementId);
        Assert.Equal(Due, escalation.OriginDueDate);
        Assert.Equal(long.Parse(supervise.UserTaskKey), escalation.DecisionTaskKey);

        await h.CompleteTaskAsync(key, "supervise", new { supervisionNote = "限期办结" });
        var settled = Assert.Single(await EscalationsAsync(h, key));
        Assert.Equal((EscalationState.Resolved, EscalationResolutions.Decided), (settled.State, settled.Resolution));
        var details = System.Text.Json.Nodes.JsonNode.Parse(settled.ResolutionDetails!)!;
        Assert.Equal("限期办结", details["variables"]!["supervisionNote"]!.GetValue<string>());
    }

    private static async Task<List<Bpm.Engine.Persistence.Entities.EscalationEntity>> EscalationsAsync(EngineHarness h, long instanceKey)
    {
        await using var db = await h.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>().CreateDbContextAsync();
        return await db.Escalations.AsNoTracking().Where(x => x.ProcessInstanceKey == instanceKey).ToListAsync();
    }
}

public sealed class DeadlineEscalationInboxSqliteTests() : DeadlineEscalationInboxTests(DatabaseProvider.Sqlite);
public sealed class DeadlineEscalationInboxPostgresTests() : DeadlineEscalationInboxTests(DatabaseProvider.Postgres);
