using System.Text.Json.Nodes;
using Bpm.Engine.Deadlines;
using Bpm.Engine.Forms;
using Bpm.Engine.People;
using Bpm.Engine.Persistence;
using Bpm.Engine.Records;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Events;
using Bpm.Engine.Tests.Activities.Enforcement;
using Bpm.Engine.Tests.Deadlines;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Forms;
using Bpm.Engine.Tests.Infrastructure;
using Bpm.Engine.Tests.Timers;
using Bpm.Engine.UserTasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Modules.PublicApi;

/// <summary>The step operations of the public module API (docs/adr/0007), used only through public types: history entries,
/// task events, FEEL in an element's scope and incidents inside an event; and a module's command step
/// (<see cref="IKernelCommands"/>) that marks a task overdue, reassigns it under the handover and assignment rules, moves its
/// due date, extends a named deadline and completes it validated by its form, refusing an ended case.</summary>
public abstract class ModuleStepOperationsTests(DatabaseProvider provider)
{
    private static readonly TaskActor Head = new("wang.head", ["head"]);

    [Fact]
    public async Task A_module_evaluates_feel_in_the_tasks_scope_and_records_a_history_entry_and_a_task_event()
    {
        await using var h = await StartAsync(provider);
        var key = await h.StartAsync(await DeployAsync(h, "work"), new { amount = 21 });

        Assert.Equal(42, (await h.InstanceAsync(key)).Variables["doubled"]!.GetValue<int>());
        var noted = Assert.Single(await h.HistoryAsync(key), e => e.Event == "MODULE_NOTED");
        Assert.Equal(("work", "module"), (noted.ElementId, noted.Name));
        Assert.Contains(await h.HistoryAsync(key), e => e.Event == "USER_TASK_NOTED");
        var task = (await h.OpenTasksAsync(key)).Single();
        var history = await TaskHistoryAsync(h, long.Parse(task.UserTaskKey));
        var noteEvent = Assert.Single(history, e => e.Event == "NOTED");
        Assert.Equal(("module", "已登记"), (noteEvent.Actor, JsonNode.Parse(noteEvent.Details!)!["note"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_module_raises_an_incident_on_the_element_it_cannot_handle()
    {
        await using var h = await StartAsync(provider);
        var key = await h.StartAsync(await DeployAsync(h, "broken"));

        var incident = Assert.Single(await h.Queries.ListIncidentsAsync(key, "ACTIVE", CancellationToken.None));
        Assert.Equal(("broken", "EXTRACT_VALUE_ERROR"), (incident.ElementId, incident.ErrorType));
        Assert.EndsWith(StepOperationsModule.IncidentMessage, incident.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_modules_command_marks_a_task_past_its_due_date_overdue_once_and_the_modules_hear_it()
    {
        await using var h = await StartAsync(provider);
        var due = DateTimeOffset.FromUnixTimeSeconds(h.Clock.GetUtcNow().AddDays(1).ToUnixTimeSeconds());
        var key = await h.StartAsync(await DeployAsync(h, "plain", $"<zeebe:taskSchedule dueDate=\"{due:O}\" />"));
        var taskKey = long.Parse((await h.OpenTasksAsync(key)).Single().UserTaskKey);
        var commands = h.Services.GetRequiredService<IKernelCommands>();
        Task<bool> MarkAsync() => commands.RunAsync(key, Head, async step =>
            await step.MarkTaskOverdueAsync(step.Instance, (await step.FindUserTaskForChangeAsync(taskKey))!), CancellationToken.None);

        Assert.False(await MarkAsync());
        h.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.True(await MarkAsync());
        Assert.False(await MarkAsync());

        Assert.Equal([$"{taskKey} {due.ToUnixTimeSeconds()}"], h.Services.GetRequiredService<StepOperationsModule>().Overdue);
        Assert.Contains(await TaskHistoryAsync(h, taskKey), e => e.Event == UserTaskEvents.Overdue);
    }

    [Fact]
    public async Task A_modules_command_reassigns_a_task_under_the_handover_rules_and_moves_its_due_date()
    {
        await using var h = await StartAsync(provider);
        var key = await h.StartAsync(await DeployAsync(h, "plain", """<zeebe:assignmentDefinition assignee="zhang.san" />"""));
        var taskKey = long.Parse((await h.OpenTasksAsync(key)).Single().UserTaskKey);
        var commands = h.Services.GetRequiredService<IKernelCommands>();
        var due = h.Clock.GetUtcNow().AddDays(3);

        var unknown = await Assert.ThrowsAsync<InvalidCommandException>(() => commands.RunAsync(key, Head, async step =>
            await step.ReassignUserTaskAsync(step.Instance, (await step.FindUserTaskForChangeAsync(taskKey))!, "nobody", null), CancellationToken.None));
        Assert.Equal("assignee", unknown.Field);
        var previous = await commands.RunAsync(key, Head, async step =>
        {
            var task = (await step.FindUserTaskForChangeAsync(taskKey))!;
            step.SetUserTaskDueDate(task, due);
            return await step.ReassignUserTaskAsync(step.Instance, task, "li.si", new JsonObject { ["reason"] = "人手调整" });
        }, CancellationToken.None);

        Assert.Equal("zhang.san", previous);
        var reassigned = (await h.OpenTasksAsync(key)).Single();
        Assert.Equal(("li.si", due), (reassigned.Assignee, reassigned.DueDate));
        var assigned = (await TaskHistoryAsync(h, taskKey)).Single(e => e.Event == UserTaskEvents.Assigned);
        Assert.Equal(Head.Username, assigned.Actor);
        var details = JsonNode.Parse(assigned.Details!)!;
        Assert.Equal(("li.si", "zhang.san", "人手调整"),
            (details["assignee"]!.GetValue<string>(), details["previousAssignee"]!.GetValue<string>(), details["reason"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_modules_command_completes_a_task_validated_by_its_form_and_is_refused_on_an_ended_case()
    {
        await using var h = await StartAsync(provider);
        var formId = FormModels.UniqueId("module-form");
        var processId = FormModels.UniqueId("module-complete");
        await h.Engine.DeployAsync([FormModels.Resource("p.bpmn", FormModels.Process(processId, formId)),
            FormModels.Resource("f.form", FormModels.Form(formId, """{ "key": "decision", "type": "textfield", "validate": { "required": true } }"""))],
            CancellationToken.None);
        var key = await h.StartAsync(processId);
        var taskKey = long.Parse((await h.OpenTasksAsync(key)).Single().UserTaskKey);
        var commands = h.Services.GetRequiredService<IKernelCommands>();
        Task CompleteAsync(JsonObject variables) => commands.RunAsync(key, Head, async step =>
        {
            var task = (await step.FindUserTaskForChangeAsync(taskKey))!;
            Assert.NotNull(step.WaitingElementOf(step.Instance, task));
            await step.CompleteUserTaskAsync(step.Instance, task, variables, validate: true);
            return true;
        }, CancellationToken.None);

        await Assert.ThrowsAsync<FormValidationException>(() => CompleteAsync(new JsonObject { ["other"] = 1 }));
        Assert.Single(await h.OpenTasksAsync(key));
        await CompleteAsync(new JsonObject { ["decision"] = "同意" });

        var instance = await h.InstanceAsync(key);
        Assert.Equal(("COMPLETED", "同意"), (instance.State, instance.Variables["decision"]!.GetValue<string>()));
        Assert.Equal(Head.Username, (await TaskHistoryAsync(h, taskKey)).Single(e => e.Event == UserTaskEvents.Completed).Actor);
        await Assert.ThrowsAsync<CaseArchivedException>(() => commands.RunAsync(key, Head, _ => Task.FromResult(true), CancellationToken.None));
    }

    [Fact]
    public async Task A_modules_command_extends_the_named_deadline_that_times_a_task()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        var h = e.H;
        await h.DeployAsync(DeadlineBpmn.TaskWithTimer("module_deadline", 7));
        var key = await h.StartAsync("module_deadline");
        var taskKey = long.Parse((await h.OpenTasksAsync(key)).Single().UserTaskKey);
        var deadlines = h.Services.GetRequiredService<IStepDeadlines>();

        var extended = await h.Services.GetRequiredService<IKernelCommands>().RunAsync(key, Head, async step =>
        {
            var task = (await step.FindUserTaskForChangeAsync(taskKey))!;
            var name = deadlines.TimingDeadlineOf(step.Instance, task)!;
            Assert.Equal("decision", name);
            return await deadlines.ExtendAsync(step, step.Instance, name, 2, Head.Username, "案情复杂");
        }, CancellationToken.None);

        // 7 working days from Fri 2025-09-26 end on Mon 10-13; two more on Wed 10-15.
        var due = new DateTimeOffset(2025, 10, 15, 9, 0, 0, TimeSpan.FromHours(8));
        Assert.Equal(due, DateTimeOffset.Parse(extended["due"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(due, (await h.OpenTasksAsync(key)).Single().DueDate);
    }

    private static async Task<string> DeployAsync(EngineHarness h, string taskId, string extension = "")
    {
        var processId = "steps_" + Guid.NewGuid().ToString("N")[..12];
        await h.DeployAsync(Bpmn.Process(processId, $"""
            <bpmn:startEvent id="start" />
            {Bpmn.UserTask(taskId, extension)}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", taskId, "end")}
            """));
        return processId;
    }

    private static Task<EngineHarness> StartAsync(DatabaseProvider provider) =>
        EngineHarness.StartAsync(provider, services =>
        {
            services.AddSingleton<IPeopleDirectory>(new FakePeopleDirectory().Officer("li.si", Person.Permanent).Officer("zhang.san", Person.Permanent));
            services.AddSingleton<StepOperationsModule>();
            services.AddSingleton<IKernelModule>(sp => sp.GetRequiredService<StepOperationsModule>());
        });

    private static async Task<List<Bpm.Engine.Persistence.Entities.UserTaskHistoryEntity>> TaskHistoryAsync(EngineHarness h, long taskKey)
    {
        await using var db = await h.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>().CreateDbContextAsync();
        return await db.UserTaskHistory.AsNoTracking().Where(x => x.TaskKey == taskKey).OrderBy(x => x.Key).ToListAsync();
    }
}

public sealed class ModuleStepOperationsSqliteTests() : ModuleStepOperationsTests(DatabaseProvider.Sqlite);
public sealed class ModuleStepOperationsPostgresTests() : ModuleStepOperationsTests(DatabaseProvider.Postgres);
