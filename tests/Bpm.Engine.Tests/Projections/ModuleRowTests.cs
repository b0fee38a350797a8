using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Migrations;
using Bpm.Engine.Runtime.Events;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Bpm.Engine.Tests.Projections.Notes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using static Bpm.Engine.Tests.Projections.Notes.NoteModule;

namespace Bpm.Engine.Tests.Projections;

/// <summary>Issue 13: a module adds rows of its own table to a step (<c>step.Changes.Insert</c>) with no list or writer in
/// the kernel; they commit in the step's transaction, so a step that fails leaves neither them nor its other changes.
/// A tracked row (<c>step.Changes.Track(row, model)</c>) is updated only if it still holds the concurrency tokens it was
/// read with. (The case documents module files generated documents this way; escalations are inserted and settled so.)</summary>
public abstract class ModuleRowTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_modules_row_commits_with_the_step_that_added_it()
    {
        var processId = "module_rows_" + Guid.NewGuid().ToString("N")[..12];
        await using var h = await StartAsync(provider, processId);
        var key = await h.StartAsync(processId);

        await h.CompleteTaskAsync(key, "first", new { note = "已核实" });

        Assert.Equal("已核实", (await RowAsync(h, key))?.Note);
        Assert.Equal(["second"], (await h.OpenTasksAsync(key)).Select(t => t.ElementId));
    }

    [Fact]
    public async Task A_step_whose_commit_fails_leaves_neither_the_modules_row_nor_its_other_changes()
    {
        var processId = "module_rows_" + Guid.NewGuid().ToString("N")[..12];
        await using var h = await StartAsync(provider, processId);
        var key = await h.StartAsync(processId);

        // The module adds the row twice: the second insert breaks the primary key, so the whole commit fails.
        await Assert.ThrowsAnyAsync<Exception>(() => h.CompleteTaskAsync(key, "first", new { note = NoteOnCompletion.Twice }));

        Assert.Null(await RowAsync(h, key));
        Assert.Equal(["first"], (await h.OpenTasksAsync(key)).Select(t => t.ElementId));
    }

    [Fact]
    public async Task A_tracked_modules_row_is_updated_with_the_step()
    {
        await using var h = await StartAsync(provider, "module_rows_" + Guid.NewGuid().ToString("N")[..12]);
        var (store, key, row, update) = await TrackedRowAsync(h);
        update.Track(row, ModelOf(h));
        (row.Note, row.Revision) = ("定稿", 2);
        await store.CommitAsync(update, CancellationToken.None);

        Assert.Single(update.ModuleRows);
        Assert.Equal(("定稿", 2L), ((await RowAsync(h, key))!.Note, (await RowAsync(h, key))!.Revision));
    }

    [Fact]
    public async Task An_update_of_a_modules_row_that_another_step_changed_since_it_was_read_fails_the_step_as_a_conflict()
    {
        await using var h = await StartAsync(provider, "module_rows_" + Guid.NewGuid().ToString("N")[..12]);
        var (store, key, row, update) = await TrackedRowAsync(h);
        (row.Note, row.Revision) = ("我的修改", 2);
        await using (var other = await h.Services.GetRequiredService<IDbContextFactory<NoteDbContext>>().CreateDbContextAsync())
            await other.Notes.Where(n => n.ProcessInstanceKey == key)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.Note, "他人的修改").SetProperty(n => n.Revision, 2L));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(update, CancellationToken.None));
        Assert.Equal("他人的修改", (await RowAsync(h, key))!.Note);
    }

    /// <summary>A note inserted by one commit, read back and tracked by a new change set (before it is changed).</summary>
    private static async Task<(IEngineStore Store, long Key, NoteEntity Row, StepChangeSet Update)> TrackedRowAsync(EngineHarness h)
    {
        var (store, model, key) = (h.Services.GetRequiredService<IEngineStore>(), ModelOf(h), NewKey());
        var insert = new StepChangeSet();
        insert.Insert(new NoteEntity { ProcessInstanceKey = key, Note = "初稿", Revision = 1 }, model);
        await store.CommitAsync(insert, CancellationToken.None);
        var row = (await RowAsync(h, key))!;
        var update = new StepChangeSet();
        update.Track(row, model);
        return (store, key, row, update);
    }

    private static IModel ModelOf(EngineHarness h)
    {
        using var context = h.Services.GetRequiredService<IDbContextFactory<NoteDbContext>>().CreateDbContext();
        return context.Model;
    }

    private static long NewKey() => Random.Shared.NextInt64(1L << 52, 1L << 53);

    private static async Task<EngineHarness> StartAsync(DatabaseProvider provider, string processId)
    {
        var h = await EngineHarness.StartAsync(provider, services =>
        {
            services.AddPooledDbContextFactory<NoteDbContext>((sp, b) => b.UseBpmDatabase(sp.GetRequiredService<DatabaseOptions>()));
            services.AddSingleton<IModuleSchema, NoteModule>();
            services.AddSingleton<IKernelModule>(sp => new NoteOnCompletion(processId, sp.GetRequiredService<IDbContextFactory<NoteDbContext>>()));
        });
        foreach (var schema in h.Services.GetServices<IModuleSchema>()) await schema.MigrateAsync(CancellationToken.None);
        await h.DeployAsync(Bpmn.Process(processId, $"""
            <bpmn:startEvent id="start" />
            {Bpmn.UserTask("first")}
            {Bpmn.UserTask("second")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "first", "second", "end")}
            """));
        return h;
    }

    /// <summary>Files the <c>note</c> a task was completed with as a row of the notes table.</summary>
    private sealed class NoteOnCompletion(string processId, IDbContextFactory<NoteDbContext> contexts) : IKernelModule
    {
        public const string Twice = "两次";

        private readonly Lazy<IModel> _model = new(() =>
        {
            using var context = contexts.CreateDbContext();
            return context.Model;
        });

        public Task HandleAsync(IKernelStep step, KernelEvent @event, Func<Task> next)
        {
            if (@event is UserTaskEnded { Variables: { } variables } ended && variables["note"]?.GetValue<string>() is { } note)
            {
                var instance = ended.Task.ProcessInstanceKey;
                if (ended.Task.BpmnProcessId != processId) return next();
                for (var i = note == Twice ? 2 : 1; i > 0; i--)
                    step.Changes.Insert(new NoteEntity { ProcessInstanceKey = instance, Note = note, Revision = 0 }, _model.Value);
            }
            return next();
        }
    }
}

public sealed class ModuleRowSqliteTests() : ModuleRowTests(DatabaseProvider.Sqlite);
public sealed class ModuleRowPostgresTests() : ModuleRowTests(DatabaseProvider.Postgres);
