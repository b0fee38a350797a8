using System.Text.Json.Nodes;
using Bpm.Engine.Forms;
using Bpm.Engine.Invariants;
using Bpm.Engine.Persistence;
using Bpm.Engine.Runtime;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Forms;

public abstract class FormBindingTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_task_keeps_the_form_version_that_was_latest_when_it_was_created()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var forms = h.Services.GetRequiredService<IFormQueries>();
        var formId = FormModels.UniqueId("bind");
        var processId = FormModels.UniqueId("proc");
        await h.Engine.DeployAsync([FormModels.Resource("p.bpmn", FormModels.Process(processId, formId)),
            FormModels.Resource("f.form", FormModels.Form(formId, """{ "key": "old", "type": "textfield", "validate": { "required": true } }"""))], default);
        var early = await h.StartAsync(processId);
        await h.Engine.DeployAsync([FormModels.Resource("f.form", FormModels.Form(formId, """{ "key": "new", "type": "textfield", "validate": { "required": true } }"""))], default);
        var late = await h.StartAsync(processId);

        var earlyTask = (await h.OpenTasksAsync(early)).Single();
        var lateTask = (await h.OpenTasksAsync(late)).Single();
        var earlyForm = await forms.GetTaskFormAsync(long.Parse(earlyTask.UserTaskKey), default);
        var lateForm = await forms.GetTaskFormAsync(long.Parse(lateTask.UserTaskKey), default);
        Assert.Equal((formId, 1), (earlyForm.FormId, earlyForm.Version));
        Assert.Equal((formId, 2), (lateForm.FormId, lateForm.Version));
        Assert.Equal(earlyForm.FormKey, earlyTask.FormKey);

        await Assert.ThrowsAsync<FormValidationException>(() => h.CompleteTaskAsync(early, "fill", new { @new = "x" }));
        await h.CompleteTaskAsync(early, "fill", new { old = "x" });
        await h.CompleteTaskAsync(late, "fill", new { @new = "x" });
        Assert.Equal("COMPLETED", (await h.InstanceAsync(early)).State);
        Assert.Equal("COMPLETED", (await h.InstanceAsync(late)).State);
    }

    [Fact]
    public async Task The_task_form_carries_the_current_values_visible_to_the_task()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var formId = FormModels.UniqueId("values");
        var processId = FormModels.UniqueId("proc");
        await h.Engine.DeployAsync([FormModels.Resource("p.bpmn", FormModels.Process(processId, formId)), FormModels.Resource("f.form", FormModels.Form(formId,
            """{ "key": "party", "type": "textfield" }""", """{ "key": "amount", "type": "number" }""", """{ "key": "unset", "type": "textfield" }""",
            """{ "type": "group", "path": "address", "components": [ { "key": "city", "type": "textfield" } ] }"""))], default);
        var key = await h.StartAsync(processId, new { party = "张三", amount = 200, address = new { city = "郑州" }, other = "not in the form" });
        var task = (await h.OpenTasksAsync(key)).Single();

        var form = await h.Services.GetRequiredService<IFormQueries>().GetTaskFormAsync(long.Parse(task.UserTaskKey), default);

        Assert.Equal(formId, form.Schema!["id"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{ "party": "张三", "amount": 200, "address": { "city": "郑州" } }"""), form.Values),
            form.Values.ToJsonString());
    }

    [Fact]
    public async Task A_task_without_a_form_has_none_to_show_and_completes_with_any_variables()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var processId = FormModels.UniqueId("plain");
        await h.DeployAsync(Bpmn.Process(processId, $"""
            <bpmn:startEvent id="start" />{Bpmn.UserTask("fill")}<bpmn:endEvent id="end" />{Bpmn.Chain("start", "fill", "end")}
            """));
        var key = await h.StartAsync(processId);
        var task = (await h.OpenTasksAsync(key)).Single();
        await Assert.ThrowsAsync<EngineNotFoundException>(() =>
            h.Services.GetRequiredService<IFormQueries>().GetTaskFormAsync(long.Parse(task.UserTaskKey), default));
        await h.CompleteTaskAsync(key, "fill", new { anything = 1 });
        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
    }

    [Fact]
    public async Task The_shipped_simple_penalty_workflow_deploys_with_its_forms_and_runs()
    {
        // The decision task names the enforcement rule discretion-deviation-reasoned.
        await using var h = await EngineHarness.StartAsync(provider, s => s.AddBpmInvariants(Bpm.Activities.Invariants.EnforcementInvariants.All));
        var folder = Path.Combine(Infrastructure.RepositoryRoot.Path, "workflows");
        var resources = new[] { "simple-penalty.bpmn", "simple-penalty-decision.form", "simple-penalty-confirmation.form" }
            .Select(n => new Deployment.DeploymentResource(n, File.ReadAllBytes(Path.Combine(folder, n)))).ToList();
        // The benchmark step evaluates discretion-none while no violation is named.
        resources.Add(new Deployment.DeploymentResource("no-benchmark.dmn", File.ReadAllBytes(Path.Combine(folder, "discretion", "no-benchmark.dmn"))));
        var result = await h.Engine.DeployAsync(resources, default);
        Assert.Equal(["simple-penalty-decision", "simple-penalty-confirmation"], result.Forms.Select(f => f.FormId));

        var key = await h.StartAsync("simple-penalty", new { party = "张三" });
        var rejected = await Assert.ThrowsAsync<FormValidationException>(() => h.CompleteTaskAsync(key, "decide_on_spot", new { penaltyType = "fine", fineAmount = 5000 }));
        Assert.Contains(rejected.Errors, e => e.Field == "fineAmount");
        Assert.Contains(rejected.Errors, e => e.Field == "partyType");
        await h.CompleteTaskAsync(key, "decide_on_spot", new
        {
            party = "张三", partyType = "individual", partyPhone = "13800138000", violation = "在人行道违法停放机动车", legalBasis = "《道路交通安全法》第五十六条",
            penaltyType = "fine", fineAmount = 150, rightsInformed = new[] { "statement", "reconsideration", "litigation" }, decidedOn = "2025-09-26",
        });
        await h.CompleteTaskAsync(key, "head_confirms", new { confirmationResult = "confirmed", headOpinion = "同意备案", confirmedOn = "2025-09-26" });
        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
    }
}

public sealed class FormBindingSqliteTests() : FormBindingTests(DatabaseProvider.Sqlite);
public sealed class FormBindingPostgresTests() : FormBindingTests(DatabaseProvider.Postgres);
