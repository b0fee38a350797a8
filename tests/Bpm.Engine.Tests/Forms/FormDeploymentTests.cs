using Bpm.Engine.Deployment;
using Bpm.Engine.Forms;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Forms;

public abstract class FormDeploymentTests(DatabaseProvider provider)
{
    private static IFormQueries Forms(EngineHarness h) => h.Services.GetRequiredService<IFormQueries>();

    [Fact]
    public async Task Forms_deploy_beside_processes_and_are_versioned_per_form_id()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var formId = FormModels.UniqueId("form");
        var processId = FormModels.UniqueId("proc");
        var v1 = FormModels.Form(formId, """{ "key": "a", "type": "textfield" }""");

        var first = await h.Engine.DeployAsync([FormModels.Resource("p.bpmn", FormModels.Process(processId, formId)), FormModels.Resource("a.form", v1)], default);
        var form = Assert.Single(first.Forms);
        Assert.Equal((formId, 1, "a.form"), (form.FormId, form.Version, form.ResourceName));

        var again = await h.Engine.DeployAsync([FormModels.Resource("a.form", v1)], default);
        Assert.Equal(form, Assert.Single(again.Forms));

        var changed = await h.Engine.DeployAsync([FormModels.Resource("a.form", FormModels.Form(formId, """{ "key": "b", "type": "number" }"""))], default);
        var second = Assert.Single(changed.Forms);
        Assert.Equal(2, second.Version);
        Assert.NotEqual(form.FormKey, second.FormKey);

        Assert.Equal(2, (await Forms(h).GetAsync(formId, null, default))!.Version);
        var stored = (await Forms(h).GetAsync(formId, 1, default))!;
        Assert.Equal("a", stored.Schema!["components"]![0]!["key"]!.GetValue<string>());
        Assert.Contains(await Forms(h).ListLatestAsync(default), f => f.FormId == formId && f.Version == 2);
    }

    [Fact]
    public async Task A_malformed_form_rejects_the_whole_deployment_naming_resource_and_component()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var formId = FormModels.UniqueId("bad");
        var processId = FormModels.UniqueId("proc");
        var bad = FormModels.Form(formId,
            """{ "key": "a", "type": "textfield" }""",
            """{ "key": "a", "type": "textfield" }""",
            """{ "id": "nokey", "type": "number" }""",
            """{ "key": "c", "type": "textfield", "validate": { "mustBe": "red" } }""");

        var rejected = await Assert.ThrowsAsync<DeploymentRejectedException>(() =>
            h.Engine.DeployAsync([FormModels.Resource("p.bpmn", FormModels.Process(processId, formId)), FormModels.Resource("bad.form", bad)], default));

        Assert.Equal(["a", "nokey", "c"], rejected.Errors.Select(e => e.ElementId));
        Assert.All(rejected.Errors, e => Assert.Equal("bad.form", e.ResourceName));
        Assert.All(rejected.Errors, e => Assert.NotNull(e.Line));
        Assert.Null(await h.Services.GetRequiredService<Bpm.Engine.Persistence.IEngineStore>().FindDefinitionAsync(processId, null, default));
        Assert.Null(await Forms(h).GetAsync(formId, null, default));
    }

    [Fact]
    public async Task Bad_json_is_rejected_with_its_line()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var rejected = await Assert.ThrowsAsync<DeploymentRejectedException>(() =>
            h.Engine.DeployAsync([FormModels.Resource("broken.form", "{\n  \"id\": \"x\",\n  \"components\": [\n}")], default));
        var error = Assert.Single(rejected.Errors);
        Assert.Equal(("broken.form", 4), (error.ResourceName, error.Line));
    }

    [Fact]
    public async Task The_same_form_id_twice_in_one_deployment_is_rejected()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var formId = FormModels.UniqueId("twice");
        var rejected = await Assert.ThrowsAsync<DeploymentRejectedException>(() => h.Engine.DeployAsync(
            [FormModels.Resource("one.form", FormModels.Form(formId)), FormModels.Resource("two.form", FormModels.Form(formId, """{ "key": "a", "type": "textfield" }"""))], default));
        Assert.Contains(formId, Assert.Single(rejected.Errors).Message);
    }

    [Fact]
    public async Task A_user_task_naming_an_unknown_form_is_rejected_with_its_element_id()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var processId = FormModels.UniqueId("proc");
        var rejected = await Assert.ThrowsAsync<DeploymentRejectedException>(() => h.DeployAsync(FormModels.Process(processId, "no-such-form-anywhere"), "p.bpmn"));
        var error = Assert.Single(rejected.Errors);
        Assert.Equal(("fill", "p.bpmn"), (error.ElementId, error.ResourceName));
        Assert.Contains("no-such-form-anywhere", error.Message);
    }

    [Fact]
    public async Task A_user_task_may_name_a_form_deployed_earlier()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var formId = FormModels.UniqueId("earlier");
        await h.Engine.DeployAsync([FormModels.Resource("f.form", FormModels.Form(formId))], default);
        var result = await h.DeployAsync(FormModels.Process(FormModels.UniqueId("proc"), formId), "p.bpmn");
        Assert.Equal(1, Assert.Single(result.Processes).Version);
        Assert.Empty(result.Forms);
    }

    [Fact]
    public async Task A_file_that_is_neither_bpmn_nor_form_is_rejected()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var rejected = await Assert.ThrowsAsync<DeploymentRejectedException>(() => h.Engine.DeployAsync([FormModels.Resource("notes.txt", "hello")], default));
        Assert.Contains(".form", Assert.Single(rejected.Errors).Message);
    }
}

public sealed class FormDeploymentSqliteTests() : FormDeploymentTests(DatabaseProvider.Sqlite);
public sealed class FormDeploymentPostgresTests() : FormDeploymentTests(DatabaseProvider.Postgres);
