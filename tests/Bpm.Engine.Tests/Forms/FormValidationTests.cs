using System.Text.Json.Nodes;
using Bpm.Engine.Forms;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Forms;

/// <summary>Every rule of <see cref="FormModels.EveryRule"/>, refused and accepted, through the engine's own command.</summary>
public abstract class FormValidationTests(DatabaseProvider provider)
{
    /// <summary>A change to the valid submission and the one field it must make wrong.</summary>
    public static readonly (string Field, Action<JsonObject> Change)[] Refused =
    [
        ("name", v => v.Remove("name")),
        ("name", v => v["name"] = ""),
        ("name", v => v["name"] = null),
        ("name", v => v["name"] = 123),
        ("name", v => v["name"] = "A"),
        ("name", v => v["name"] = "Abcdefghijk"),
        ("name", v => v["name"] = "alice"),
        ("email", v => v["email"] = "not-an-email"),
        ("phone", v => v["phone"] = "call me"),
        ("notes", v => v["notes"] = new string('x', 21)),
        ("amount", v => v.Remove("amount")),
        ("amount", v => v["amount"] = "12"),
        ("amount", v => v["amount"] = 0.5m),
        ("amount", v => v["amount"] = 101),
        ("amount", v => v["amount"] = 1.234m),
        ("count", v => v["count"] = "seven"),
        ("agreed", v => v["agreed"] = false),
        ("agreed", v => v["agreed"] = "yes"),
        ("subscribed", v => v["subscribed"] = "no"),
        ("channels", v => v["channels"] = new JsonArray()),
        ("channels", v => v["channels"] = new JsonArray("a", "d")),
        ("channels", v => v["channels"] = "a"),
        ("tags", v => v["tags"] = new JsonArray("z")),
        ("kind", v => v.Remove("kind")),
        ("kind", v => v["kind"] = "prison"),
        ("kind", v => { v["kind"] = new JsonArray("warning"); v["reason"] = "shown: the list is not \"fine\" nor anything else"; }),
        ("level", v => v["level"] = 3),
        ("level", v => v["level"] = "2"),
        ("unit", v => v["unit"] = "二七区"),
        ("due", v => v.Remove("due")),
        ("due", v => v["due"] = "2025-13-01"),
        ("due", v => v["due"] = "01/10/2025"),
        ("due", v => v["due"] = 20251001),
        ("at", v => v["at"] = "25:00"),
        ("at", v => v["at"] = "9.30"),
        ("when", v => v["when"] = "2025-10-01"),
        ("address", v => v["address"] = "郑州"),
        ("address.city", v => v["address"]!.AsObject().Remove("city")),
        ("address.city", v => v.Remove("address")),
        ("address.zip", v => v["address"]!["zip"] = "45000"),
        ("address.extra", v => v["address"]!["extra"] = 1),
        ("items", v => v["items"] = "pen"),
        ("items[0]", v => v["items"] = new JsonArray("pen")),
        ("items[0].item", v => v["items"]![0]!.AsObject().Remove("item")),
        ("items[1].qty", v => v["items"]!.AsArray().Add(new JsonObject { ["item"] = "ink", ["qty"] = 0 })),
        ("items[0].extra", v => v["items"]![0]!["extra"] = true),
        ("reason", v => v["kind"] = "fine"),
        ("extra", v => v["extra"] = "not in the form"),
    ];

    /// <summary>Changes to the valid submission that keep it valid.</summary>
    public static readonly Action<JsonObject>[] Accepted =
    [
        _ => { },
        v => { foreach (var optional in new[] { "email", "phone", "notes", "count", "subscribed", "tags", "level", "unit", "at", "when", "flat", "items" }) v.Remove(optional); },
        v => { v["kind"] = "fine"; v["reason"] = "超速"; },
        v => { v["reason"] = "hidden: kind is not fine, so it is ignored"; v["items"] = new JsonArray(); v["email"] = ""; },
        v => { v["amount"] = 100; v["count"] = 3; v["level"] = 1; v["at"] = "23:59:59Z"; v["when"] = "2025-10-01T09:30"; v["phone"] = "+86 371-6666 8888"; },
    ];

    private static JsonObject Valid() => JsonNode.Parse(FormModels.ValidSubmission)!.AsObject();

    private static async Task<(long Instance, long Task)> StartAsync(EngineHarness h, string processId)
    {
        var key = await h.StartAsync(processId, new { unitOptions = new object[] { new { label = "金水区", value = "金水区" }, "中原区" } });
        return (key, long.Parse((await h.OpenTasksAsync(key)).Single().UserTaskKey));
    }

    private static async Task<string> DeployAsync(EngineHarness h)
    {
        var formId = FormModels.UniqueId("every");
        var processId = FormModels.UniqueId("proc");
        await h.Engine.DeployAsync([FormModels.Resource("p.bpmn", FormModels.Process(processId, formId)), FormModels.Resource("every.form", FormModels.EveryRule(formId))], default);
        return processId;
    }

    [Fact]
    public async Task Each_bad_field_is_refused_by_name_and_the_task_and_instance_stay_as_they_were()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var store = h.Services.GetRequiredService<IEngineStore>();
        var (instance, task) = await StartAsync(h, await DeployAsync(h));
        var before = await store.FindInstanceAsync(instance, default);
        var historyBefore = (await h.HistoryAsync(instance)).Count;

        var wrong = new List<string>();
        for (var i = 0; i < Refused.Length; i++)
        {
            var (field, change) = Refused[i];
            var submission = Valid();
            change(submission);
            var refused = await Assert.ThrowsAsync<FormValidationException>(() => h.Engine.CompleteUserTaskAsync(task, submission, default));
            if (refused.Errors.Select(e => e.Field).ToList() is not [var only] || only != field)
                wrong.Add($"case {i} ({field}): {string.Join("; ", refused.Errors)}");
        }
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));

        var after = await store.FindInstanceAsync(instance, default);
        Assert.Equal(before!.Revision, after!.Revision);
        Assert.Equal(before.StateData, after.StateData);
        Assert.Equal(historyBefore, (await h.HistoryAsync(instance)).Count);
        Assert.Equal(Bpm.Engine.Persistence.States.UserTaskState.Created, (await store.FindUserTaskAsync(task, default))!.State);
    }

    [Fact]
    public async Task Every_problem_of_one_submission_is_listed()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var (_, task) = await StartAsync(h, await DeployAsync(h));
        var refused = await Assert.ThrowsAsync<FormValidationException>(() =>
            h.Engine.CompleteUserTaskAsync(task, new JsonObject { ["name"] = 1, ["amount"] = 1000, ["extra"] = true }, default));
        Assert.Equal(["name", "amount", "agreed", "channels", "kind", "due", "address.city", "extra"], refused.Errors.Select(e => e.Field));
        Assert.Contains("姓名", refused.Errors[0].Message);
        await Assert.ThrowsAsync<FormValidationException>(() => h.Engine.CompleteUserTaskAsync(task, null, default));
    }

    [Fact]
    public async Task Valid_submissions_complete_the_task_with_their_variables()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var processId = await DeployAsync(h);
        foreach (var change in Accepted)
        {
            var (instance, task) = await StartAsync(h, processId);
            var submission = Valid();
            change(submission);
            await h.Engine.CompleteUserTaskAsync(task, submission, default);
            var completed = await h.InstanceAsync(instance);
            Assert.Equal("COMPLETED", completed.State);
            Assert.Equal(submission["name"]!.GetValue<string>(), completed.Variables["name"]!.GetValue<string>());
        }
    }
}

public sealed class FormValidationSqliteTests() : FormValidationTests(DatabaseProvider.Sqlite);
public sealed class FormValidationPostgresTests() : FormValidationTests(DatabaseProvider.Postgres);
