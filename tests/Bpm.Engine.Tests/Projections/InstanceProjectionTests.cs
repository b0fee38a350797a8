using Bpm.Engine.Persistence;
using Bpm.Engine.Runtime.Projections;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Bpm.Engine.Tests.Projections.Notes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Bpm.Engine.Tests.Projections.Notes.NoteModule;

namespace Bpm.Engine.Tests.Projections;

/// <summary>Instance projections: each step writes the rows of the instances it changed in its own transaction, a failed
/// commit leaves neither the instance change nor the row, and start-up rebuilds a projection from the running instances.
/// The rows live in a module's own table (<see cref="NoteModule"/>), as the disclosure module's do.</summary>
public abstract class InstanceProjectionTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Each_step_writes_the_row_of_the_instance_it_changed_and_an_ended_instance_loses_it()
    {
        var processId = NewProcessId();
        await using var h = await NoteModule.StartAsync(provider, processId);
        await DeployAsync(h, processId);

        var key = await h.StartAsync(processId, new { note = "立案" });
        var started = await RowAsync(h, key);
        Assert.Equal("立案", started?.Note);
        Assert.Equal(1L, started?.Revision);

        await h.CompleteTaskAsync(key, "first", new { note = "已更正" });
        var changed = await RowAsync(h, key);
        Assert.Equal("已更正", changed?.Note);
        Assert.Equal(2L, changed?.Revision);

        await h.CompleteTaskAsync(key, "second");
        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Null(await RowAsync(h, key));
    }

    [Fact]
    public async Task A_commit_that_fails_after_the_projection_ran_leaves_neither_the_row_nor_the_instance_change()
    {
        var processId = NewProcessId();
        await using var h = await NoteModule.StartAsync(provider, processId, failOn: "坏数据");
        await DeployAsync(h, processId);
        var key = await h.StartAsync(processId, new { note = "立案" });
        var before = await h.InstanceAsync(key);

        await Assert.ThrowsAnyAsync<Exception>(() => h.CompleteTaskAsync(key, "first", new { note = "坏数据" }));

        var after = await h.InstanceAsync(key);
        Assert.Equal(before.Variables.ToJsonString(), after.Variables.ToJsonString());
        Assert.Equal(["first"], (await h.OpenTasksAsync(key)).Select(t => t.ElementId));
        var row = await RowAsync(h, key);
        Assert.Equal("立案", row?.Note);
        Assert.Equal(1L, row?.Revision);
    }

    [Fact]
    public async Task A_new_projection_is_rebuilt_from_the_running_instances_once_and_a_rebuild_is_idempotent()
    {
        var processId = NewProcessId();
        long running, ended, silent;
        await using (var before = await EngineHarness.StartAsync(provider))
        {
            await DeployAsync(before, processId);
            running = await before.StartAsync(processId, new { note = "运行中" });
            silent = await before.StartAsync(processId);
            ended = await before.StartAsync(processId, new { note = "已结束" });
            await before.CompleteTaskAsync(ended, "first");
            await before.CompleteTaskAsync(ended, "second");
        }
        await using var h = await NoteModule.StartAsync(provider, processId);
        var projection = Projection(h);
        await using (var context = await h.Services.GetRequiredService<IDbContextFactory<NoteDbContext>>().CreateDbContextAsync())
        {
            // A row left behind by an instance that has ended since (e.g. written by an older version).
            context.Notes.Add(new NoteEntity { ProcessInstanceKey = ended, Note = "stale", Revision = 0 });
            await context.SaveChangesAsync();
        }
        Assert.Null(await RowAsync(h, running));
        var rebuilder = h.Services.GetRequiredService<InstanceProjectionRebuilder>();

        Assert.Equal([projection.Name], await rebuilder.RebuildStaleAsync(CancellationToken.None));

        Assert.Equal("运行中", (await RowAsync(h, running))?.Note);
        Assert.Null(await RowAsync(h, silent));
        Assert.Null(await RowAsync(h, ended));
        Assert.Empty(await rebuilder.RebuildStaleAsync(CancellationToken.None));
        Assert.Equal(1, await rebuilder.RebuildAsync(projection, CancellationToken.None));
        Assert.Equal("运行中", (await RowAsync(h, running))?.Note);
    }

    [Fact]
    public async Task A_projection_that_keeps_ended_instances_keeps_their_rows_and_is_rebuilt_from_every_instance()
    {
        var processId = NewProcessId();
        long running, ended;
        await using (var before = await EngineHarness.StartAsync(provider))
        {
            await DeployAsync(before, processId);
            running = await before.StartAsync(processId, new { note = "运行中" });
            ended = await before.StartAsync(processId, new { note = "已结束" });
            await before.CompleteTaskAsync(ended, "first");
            await before.CompleteTaskAsync(ended, "second");
        }
        await using var h = await NoteModule.StartAsync(provider, processId, keepEnded: true);
        var rebuilder = h.Services.GetRequiredService<InstanceProjectionRebuilder>();

        Assert.Equal([Projection(h).Name], await rebuilder.RebuildStaleAsync(CancellationToken.None));
        Assert.Equal("运行中", (await RowAsync(h, running))?.Note);
        Assert.Equal("已结束", (await RowAsync(h, ended))?.Note);

        var completed = await h.StartAsync(processId, new { note = "办结" });
        await h.CompleteTaskAsync(completed, "first");
        await h.CompleteTaskAsync(completed, "second");
        Assert.Equal("COMPLETED", (await h.InstanceAsync(completed)).State);
        Assert.Equal("办结", (await RowAsync(h, completed))?.Note);
        Assert.Equal(3, await rebuilder.RebuildAsync(Projection(h), CancellationToken.None));
    }

    private static string NewProcessId() => "projected_" + Guid.NewGuid().ToString("N")[..12];

    private static Task DeployAsync(EngineHarness h, string processId) => h.DeployAsync(Bpmn.Process(processId, $"""
        <bpmn:startEvent id="start" />
        {Bpmn.UserTask("first")}
        {Bpmn.UserTask("second")}
        <bpmn:endEvent id="end" />
        {Bpmn.Chain("start", "first", "second", "end")}
        """));
}

public sealed class InstanceProjectionSqliteTests() : InstanceProjectionTests(DatabaseProvider.Sqlite);
public sealed class InstanceProjectionPostgresTests() : InstanceProjectionTests(DatabaseProvider.Postgres);
