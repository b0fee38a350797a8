using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Migrations;
using Bpm.Engine.Runtime.Events;
using Bpm.Engine.Runtime.Execution;
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
/// (The case documents module files generated documents this way.)</summary>
public sealed class ModuleRowTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_modules_row_commits_with_the_step_that_added_it(DatabaseProvider provider)
    {
        var processId = "module_rows_" + Guid.NewGuid().ToString("N")[..12];
        await using var h = await StartAsync(provider, processId);
        var key = await h.StartAsync(processId);

        await h.CompleteTaskAsync(key, "first", new { note = "已核实" });

        Assert.Equal("已核实", (await RowAsync(h, key))?.Note);
        Assert.Equal(["second"], (await h.OpenTasksAsync(key)).Select(t => t.ElementId));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_step_whose_commit_fails_leaves_neither_the_modules_row_nor_its_other_changes(DatabaseProvider provider)
    {
        var processId = "module_rows_" + Guid.NewGuid().ToString("N")[..12];
        await using var h = await StartAsync(provider, processId);
        var key = await h.StartAsync(processId);

        // The module adds the row twice: the second insert breaks the primary key, so the whole commit fails.
        await Assert.ThrowsAnyAsync<Exception>(() => h.CompleteTaskAsync(key, "first", new { note = NoteOnCompletion.Twice }));

        Assert.Null(await RowAsync(h, key));
        Assert.Equal(["first"], (await h.OpenTasksAsync(key)).Select(t => t.ElementId));
    }

    private static async Task<EngineHarness> StartAsync(DatabaseProvider provider, string processId)
    {
        var h = await EngineHarness.StartAsync(provider, services =>
        {
            services.AddPooledDbContextFactory<NoteDbContext>((sp, b) => b.UseBpmDatabase(sp.GetRequiredService<DatabaseOptions>()));
            services.AddSingleton<IModuleSchema, NoteModule>();
            services.AddSingleton<IKernelEventHandler>(sp => new NoteOnCompletion(processId, sp.GetRequiredService<IDbContextFactory<NoteDbContext>>()));
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
    private sealed class NoteOnCompletion(string processId, IDbContextFactory<NoteDbContext> contexts) : IKernelEventHandler
    {
        public const string Twice = "两次";

        private readonly Lazy<IModel> _model = new(() =>
        {
            using var context = contexts.CreateDbContext();
            return context.Model;
        });

        public Task HandleAsync(StepExecution step, KernelEvent @event)
        {
            if (@event is UserTaskEnded { Variables: { } variables } ended && variables["note"]?.GetValue<string>() is { } note)
            {
                var instance = ended.Task.ProcessInstanceKey;
                if (ended.Task.BpmnProcessId != processId) return Task.CompletedTask;
                for (var i = note == Twice ? 2 : 1; i > 0; i--)
                    step.Changes.Insert(new NoteEntity { ProcessInstanceKey = instance, Note = note, Revision = 0 }, _model.Value);
            }
            return Task.CompletedTask;
        }
    }
}
