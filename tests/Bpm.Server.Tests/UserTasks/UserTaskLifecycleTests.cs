using System.Net;
using Bpm.Engine.Time;
using Bpm.Engine.UserTasks;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.UserTasks;

public abstract class UserTaskLifecycleTests(BpmServerFactory factory) : UserTaskTestBase(factory)
{
    [Fact]
    public async Task Claim_delegate_resolve_complete_each_leave_a_history_entry_with_who()
    {
        var taskKey = await StartTaskAsync(await DeployReviewAsync());
        var officer1 = await As("officer1");
        var officer3 = await As("officer2");

        await ExpectNoContent(Post(officer1, $"/api/user-tasks/{taskKey}/claim"));
        await ExpectNoContent(Post(officer1, $"/api/user-tasks/{taskKey}/delegation", new { to = "officer2" }));
        var delegated = await TaskAsync(officer3, taskKey);
        Assert.Equal("officer2", delegated["assignee"]!.GetValue<string>());
        Assert.Equal("officer1", delegated["owner"]!.GetValue<string>());
        Assert.Equal("PENDING", delegated["delegationState"]!.GetValue<string>());

        await ExpectDenied(Post(officer3, $"/api/user-tasks/{taskKey}/completion"), "delegate-may-only-resolve");
        await ExpectDenied(Post(officer3, $"/api/user-tasks/{taskKey}/delegation", new { to = "head-amr" }), "delegate-requires-assignee");
        await ExpectNoContent(Post(officer3, $"/api/user-tasks/{taskKey}/resolution"));
        var returned = await TaskAsync(officer1, taskKey);
        Assert.Equal("officer1", returned["assignee"]!.GetValue<string>());
        Assert.Equal("RESOLVED", returned["delegationState"]!.GetValue<string>());
        await ExpectNoContent(Post(officer1, $"/api/user-tasks/{taskKey}/completion", new { variables = new { approved = true } }));

        Assert.Equal(
            [("CREATED", null), ("CLAIMED", "officer1"), ("DELEGATED", "officer1"), ("RESOLVED", "officer2"), ("COMPLETED", "officer1")],
            await HistoryAsync(officer1, taskKey));
        var task = await TaskAsync(officer1, taskKey);
        Assert.Equal("COMPLETED", task["state"]!.GetValue<string>());

        var instanceKey = task["processInstanceKey"].Key();
        var journal = await Client.GetItemsAsync($"/api/process-instances/{instanceKey}/history");
        var taskEvents = journal.Where(e => e!["event"]!.GetValue<string>().StartsWith("USER_TASK_", StringComparison.Ordinal))
            .Select(e => (e!["event"]!.GetValue<string>(), e["name"]?.GetValue<string>())).ToList();
        Assert.Equal(
            [("USER_TASK_CREATED", null), ("USER_TASK_CLAIMED", "officer1"), ("USER_TASK_DELEGATED", "officer1"),
             ("USER_TASK_RESOLVED", "officer2"), ("USER_TASK_COMPLETED", "officer1")], taskEvents);
        Assert.All(journal.Where(e => e!["event"]!.GetValue<string>().StartsWith("USER_TASK_", StringComparison.Ordinal)),
            e => Assert.Equal(taskKey, e!["value"]!["userTaskKey"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Head_assigns_the_assignee_is_notified_and_gives_the_task_back()
    {
        var taskKey = await StartTaskAsync(await DeployReviewAsync());
        var head = await As("head1");
        var officer2 = await As("officer2");

        await ExpectNoContent(Post(head, $"/api/user-tasks/{taskKey}/assignment", new { assignee = "officer2" }));
        Assert.Equal("officer2", (await TaskAsync(officer2, taskKey))["assignee"]!.GetValue<string>());
        var notification = (await officer2.GetItemsAsync("/api/me/notifications?unread=true"))
            .First(n => n!["userTaskKey"]?.GetValue<string>() == taskKey)!;
        Assert.Equal("ASSIGNED", notification["kind"]!.GetValue<string>());
        await ExpectNoContent(Post(officer2, $"/api/me/notifications/{notification["notificationKey"].Key()}/read"));
        Assert.DoesNotContain(await officer2.GetItemsAsync("/api/me/notifications?unread=true"), n => n!["userTaskKey"]?.GetValue<string>() == taskKey);
        Assert.Contains(await officer2.GetItemsAsync("/api/me/notifications"), n => n!["userTaskKey"]?.GetValue<string>() == taskKey);
        await (await Post(head, $"/api/me/notifications/{notification["notificationKey"].Key()}/read")).ReadProblemAsync(HttpStatusCode.NotFound);

        await ExpectNoContent(officer2.DeleteAsync($"/api/user-tasks/{taskKey}/assignee"));
        Assert.Null((await TaskAsync(head, taskKey))["assignee"]);
        Assert.Equal([("CREATED", null), ("ASSIGNED", "head1"), ("UNASSIGNED", "officer2")], await HistoryAsync(head, taskKey));
        await (await head.DeleteAsync($"/api/user-tasks/{taskKey}/assignee")).ReadProblemAsync(HttpStatusCode.Conflict);
        await ExpectDenied(officer2.DeleteAsync($"/api/user-tasks/{taskKey}/assignee"), "unassign-requires-assignee-or-head");
    }

    [Fact]
    public async Task Concurrent_claims_exactly_one_wins_the_others_get_409()
    {
        var processId = await DeployReviewAsync();
        var officer1 = await As("officer1");
        var officer2 = await As("officer2");
        for (var round = 0; round < 3; round++)
        {
            var taskKey = await StartTaskAsync(processId);
            var responses = await Task.WhenAll(
                Post(officer1, $"/api/user-tasks/{taskKey}/claim"), Post(officer2, $"/api/user-tasks/{taskKey}/claim"),
                Post(officer1, $"/api/user-tasks/{taskKey}/claim"), Post(officer2, $"/api/user-tasks/{taskKey}/claim"));
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.NoContent);
            Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
            var history = await HistoryAsync(officer1, taskKey);
            var claim = Assert.Single(history, h => h.Event == "CLAIMED");
            Assert.Equal(claim.Actor, (await TaskAsync(officer1, taskKey))["assignee"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task A_task_canceled_with_its_scope_records_it_and_leaves_the_inbox()
    {
        var taskKey = await StartTaskAsync(await DeployReviewAsync());
        var officer1 = await As("officer1");
        var instanceKey = (await TaskAsync(officer1, taskKey))["processInstanceKey"].Key();
        await ExpectNoContent(Post(Client, $"/api/process-instances/{instanceKey}/cancellation", new { reason = "撤销测试" }));
        Assert.Equal("CANCELED", (await TaskAsync(Client, taskKey))["state"]!.GetValue<string>());
        Assert.Equal([("CREATED", null), ("CANCELED", null)], await HistoryAsync(Client, taskKey));
        Assert.DoesNotContain(await officer1.GetItemsAsync("/api/user-tasks?candidateForMe=true&pageSize=500"),
            t => t!["userTaskKey"]!.GetValue<string>() == taskKey);
    }

    [Fact]
    public async Task Escalation_caught_on_the_task_notifies_the_heads_of_its_organisation()
    {
        var boundary = """
            <bpmn:boundaryEvent id="escalated" attachedToRef="review"><bpmn:escalationEventDefinition escalationRef="esc" /></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f3" sourceRef="escalated" targetRef="decide" />
            <bpmn:userTask id="decide" name="负责人决定"><bpmn:extensionElements><zeebe:assignmentDefinition candidateUsers="admin" /></bpmn:extensionElements></bpmn:userTask>
            <bpmn:sequenceFlow id="f4" sourceRef="decide" targetRef="end2" />
            <bpmn:endEvent id="end2" />
            """;
        var id = UniqueProcessId("esc");
        var xml = ReviewModel(id, "jinshui-amr", boundary).Replace("</bpmn:definitions>",
            "<bpmn:escalation id=\"esc\" escalationCode=\"too-hard\" /></bpmn:definitions>", StringComparison.Ordinal);
        await Client.DeployAsync(($"{id}.bpmn", xml));
        var taskKey = await StartTaskAsync(id, who: "officer1");
        var officer1 = await As("officer1");
        var officer2 = await As("officer2");

        await ExpectDenied(Post(officer2, $"/api/user-tasks/{taskKey}/escalation", new { code = "too-hard" }), "escalate-requires-assignee-or-head");
        await ExpectNoContent(Post(officer1, $"/api/user-tasks/{taskKey}/escalation", new { code = "too-hard" }));

        Assert.Equal("CANCELED", (await TaskAsync(officer1, taskKey))["state"]!.GetValue<string>());
        Assert.Equal(["CREATED", "ESCALATION_THROWN", "ESCALATED", "CANCELED"], (await HistoryAsync(officer1, taskKey)).Select(h => h.Event));
        var headAmr = await As("head-amr");
        var note = Assert.Single(await headAmr.GetItemsAsync("/api/me/notifications"), n => n!["userTaskKey"]?.GetValue<string>() == taskKey)!;
        Assert.Equal("ESCALATED", note["kind"]!.GetValue<string>());
        Assert.DoesNotContain(await (await As("head2")).GetItemsAsync("/api/me/notifications"), n => n!["userTaskKey"]?.GetValue<string>() == taskKey);
        // The initial assignment notified officer1 too.
        Assert.Contains(await officer1.GetItemsAsync("/api/me/notifications"), n => n!["userTaskKey"]?.GetValue<string>() == taskKey && n["kind"]!.GetValue<string>() == "ASSIGNED");
    }

    [Fact]
    public async Task The_due_soon_sweep_notifies_the_assignee_once()
    {
        var clock = Factory.Services.GetRequiredService<ControllableClock>();
        var due = clock.GetUtcNow().AddMinutes(1);
        var taskKey = await StartTaskAsync(await DeployReviewAsync(), who: "officer2", due: due);
        var sweep = Factory.Services.GetRequiredService<DueSoonSweep>();
        clock.Pin(due);
        try
        {
            Assert.True(await sweep.RunOnceAsync(CancellationToken.None) >= 1);
            await sweep.RunOnceAsync(CancellationToken.None);
        }
        finally
        {
            clock.Release();
        }

        var officer2 = await As("officer2");
        Assert.Single(await officer2.GetItemsAsync("/api/me/notifications"),
            n => n!["userTaskKey"]?.GetValue<string>() == taskKey && n["kind"]!.GetValue<string>() == "DUE_SOON");
        Assert.Single(await HistoryAsync(officer2, taskKey), h => h.Event == "DUE_SOON");
    }
}
