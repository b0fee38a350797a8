using System.Reflection;
using Bpm.Engine.Hosting;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Migrations;
using Bpm.Engine.Runtime.Events;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Bpm.Engine.Tests.Projections.Notes;
using Bpm.Engine.UserTasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Modules.PublicApi;

/// <summary>The public module API (docs/adr/0007): a module outside the engine, using only public types, hears every kernel
/// event of a step in order, writes rows of its own table in the step's transaction (rolled back with the step), and
/// modules form a pipeline in the order they were added.</summary>
public abstract class PublicModuleApiTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_module_using_only_public_types_hears_each_event_of_a_case_in_order()
    {
        await using var h = await StartAsync(provider);
        var module = h.Services.GetRequiredService<PublicApiModule>();
        var processId = await KernelEventModulesTests.DeployAsync(h);

        var completed = await h.StartAsync(processId);
        await h.CompleteTaskAsync(completed, "work", new { note = "已核实" });
        var terminated = await h.StartAsync(processId);
        await h.Engine.CancelProcessInstanceAsync(terminated, CancellationToken.None);

        Assert.Equal(["activated start", "completed start", "task created work on work", "activated work",
            "task ended work Completed", "completed work", "activated end", "completed end", "ended"], module.Heard(completed));
        Assert.Equal(["activated start", "completed start", "task created work on work", "activated work",
            "task ended work Canceled", "terminated"], module.Heard(terminated));
        Assert.Equal(nameof(PublicApiModule), (await h.InstanceAsync(completed)).Variables["heardBy"]?.GetValue<string>());
    }

    [Fact]
    public async Task A_modules_row_commits_with_the_step_and_rolls_back_with_a_step_that_fails()
    {
        await using var h = await StartAsync(provider);
        var processId = await KernelEventModulesTests.DeployAsync(h);
        var kept = await h.StartAsync(processId);
        var failed = await h.StartAsync(processId);

        await h.CompleteTaskAsync(kept, "work", new { note = "已核实" });
        // The module inserts the row twice: the second breaks the primary key, so the whole commit fails.
        await Assert.ThrowsAnyAsync<Exception>(() => h.CompleteTaskAsync(failed, "work", new { note = PublicApiModule.Twice }));

        Assert.Equal("已核实", (await NoteAsync(h, kept))?.Note);
        Assert.Null(await NoteAsync(h, failed));
        Assert.Equal(["work"], (await h.OpenTasksAsync(failed)).Select(t => t.ElementId));
    }

    [Fact]
    public async Task Modules_run_in_the_order_they_were_added_and_one_that_does_not_pass_an_event_on_stops_it()
    {
        await using var h = await EngineHarness.StartAsync(provider, services => services
            .AddKernelModule<OrderProbe.First>().AddKernelModule<OrderProbe.Second>().AddKernelModule<OrderProbe.Third>()
            .AddKernelModule<OrderProbe.First>());
        var processId = await KernelEventModulesTests.DeployAsync(h);
        var key = await h.StartAsync(processId);
        await h.CompleteTaskAsync(key, "work");

        var heard = OrderProbe.Heard.Where(x => x.Instance == key).Select(x => x.Module).ToList();
        Assert.Equal(["First ElementActivated", "Second ElementActivated", "Third ElementActivated"], heard.Take(3));
        Assert.Equal(9, heard.Count(x => x.EndsWith("ElementActivated", StringComparison.Ordinal)));
        Assert.Equal(["First InstanceEnded", "Second InstanceEnded"], heard.Where(x => x.EndsWith("InstanceEnded", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_task_past_its_due_date_is_announced_overdue_to_the_modules_once_per_due_date()
    {
        await using var h = await StartAsync(provider);
        var module = h.Services.GetRequiredService<PublicApiModule>();
        var processId = "modules_" + Guid.NewGuid().ToString("N")[..12];
        var due = DateTimeOffset.FromUnixTimeSeconds(h.Clock.GetUtcNow().AddDays(2).ToUnixTimeSeconds());
        await h.DeployAsync(Bpmn.Process(processId, $"""
            <bpmn:startEvent id="start" />
            {Bpmn.UserTask("work", $"<zeebe:taskSchedule dueDate=\"{due:O}\" />")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "work", "end")}
            """));
        var key = await h.StartAsync(processId);
        var sweep = h.Services.GetRequiredService<OverdueSweep>();

        Assert.Equal(0, await sweep.RunOnceAsync(CancellationToken.None));
        h.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await sweep.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await sweep.RunOnceAsync(CancellationToken.None));

        Assert.Equal([$"task overdue work {due.ToUnixTimeSeconds()}"], module.Heard(key).Where(x => x.StartsWith("task overdue", StringComparison.Ordinal)));
    }

    private static IEnumerable<Type> TypesOf(MemberInfo member) => member switch
    {
        PropertyInfo property => [property.PropertyType],
        MethodInfo method => method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType),
        ConstructorInfo constructor => constructor.GetParameters().Select(p => p.ParameterType),
        FieldInfo field => [field.FieldType],
        _ => [],
    };

    /// <summary>On a database of its own: the module writes to the test notes table, whose rows a projection rebuild in
    /// another test class (<c>InstanceProjectionTests</c>) replaces on the shared database while this class runs.</summary>
    private static async Task<EngineHarness> StartAsync(DatabaseProvider provider)
    {
        var h = await EngineHarness.StartIsolatedAsync(provider, services =>
        {
            services.AddPooledDbContextFactory<NoteDbContext>((sp, b) => b.UseBpmDatabase(sp.GetRequiredService<DatabaseOptions>()));
            services.AddSingleton<IModuleSchema, NoteModule>();
            services.AddSingleton<PublicApiModule>();
            services.AddSingleton<IKernelModule>(sp => sp.GetRequiredService<PublicApiModule>());
        });
        foreach (var schema in h.Services.GetServices<IModuleSchema>()) await schema.MigrateAsync(CancellationToken.None);
        return h;
    }

    private static async Task<NoteEntity?> NoteAsync(EngineHarness h, long instanceKey)
    {
        await using var context = await h.Services.GetRequiredService<IDbContextFactory<NoteDbContext>>().CreateDbContextAsync();
        return await context.Notes.AsNoTracking().FirstOrDefaultAsync(n => n.ProcessInstanceKey == instanceKey);
    }

    /// <summary>The tests of this class that do not run on each database: they run once.</summary>
    public sealed class WithoutDatabase
    {
        [Fact]
        public void The_module_api_names_only_public_types()
        {
            var api = new[]
            {
                typeof(IKernelModule), typeof(IKernelStep), typeof(IModuleRows), typeof(KernelEvent), typeof(KernelInstance),
                typeof(KernelElement), typeof(KernelUserTask), typeof(ElementEvent), typeof(ElementActivated), typeof(ElementCompleted),
                typeof(UserTaskCreated), typeof(UserTaskEnded), typeof(UserTaskAssignmentRefused), typeof(BoundaryEventTriggered),
                typeof(InstanceEnded), typeof(ActivityResultApplied), typeof(UserTaskOverdue), typeof(KernelModuleServiceCollectionExtensions),
                typeof(IKernelCommands), typeof(IKernelCommandStep), typeof(Bpm.Engine.Deadlines.IStepDeadlines), typeof(Runtime.Execution.IncidentException),
                typeof(Runtime.Execution.IncidentTypes),
            };
            var hidden = api.SelectMany(type => type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .SelectMany(member => TypesOf(member).Where(t => !t.IsVisible && !t.IsGenericParameter).Select(t => $"{type.Name}.{member.Name}: {t.Name}")))
                .ToList();
            Assert.All(api, type => Assert.True(type.IsPublic, type.Name));
            Assert.Empty(hidden);
        }
    }
}

public sealed class PublicModuleApiSqliteTests() : PublicModuleApiTests(DatabaseProvider.Sqlite);
public sealed class PublicModuleApiPostgresTests() : PublicModuleApiTests(DatabaseProvider.Postgres);
