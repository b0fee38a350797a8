using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.UserTasks;

/// <summary>The kernel's invariant mechanism: a user task's header <c>invariants</c> names registered rules (FEEL over the
/// task's and the completion's variables, with a message and an article); completing the task against one answers 409
/// naming the rule and the article and changes nothing; a rule id nobody registered is refused at deployment naming the
/// element. The rule used here is one the enforcement module registers (七个工作日前通知听证).</summary>
public abstract class InvariantRuleTests(BpmServerFactory factory) : UserTaskTestBase(factory)
{
    /// <summary>Deploys a process of one user task whose header names <paramref name="rule"/>: the process id.</summary>
    private async Task<string> DeployRuleTaskAsync(string prefix, string taskName, string rule)
    {
        var id = UniqueProcessId(prefix);
        var header = $"<zeebe:header key=\"invariants\" value=\"{rule}\" />";
        await Client.DeployAsync(($"{id}.bpmn", TestModels.Process(id, $"""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="task" />
            {RuleTask("task", taskName, "officer1", header)}
            <bpmn:sequenceFlow id="f2" sourceRef="task" targetRef="end" />
            <bpmn:endEvent id="end" />
            """)));
        return id;
    }

    private async Task<(string Instance, string TaskKey)> StartRuleTaskAsync(string processId, JsonObject variables)
    {
        var instance = (await Client.StartAsync(processId, variables))["processInstanceKey"].Key();
        var task = (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instance}&state=CREATED"))[0]!["userTaskKey"].Key();
        return (instance, task);
    }

    private async Task<(string Instance, string TaskKey)> StartHearingAsync() =>
        await StartRuleTaskAsync(await DeployRuleTaskAsync("invariant", "举行听证", "hearing-notice-seven-days"),
            new JsonObject { ["hearingNoticeOn"] = "2025-09-26" });

    [Fact]
    public async Task A_completion_breaking_a_declared_rule_is_refused_with_the_rule_and_article_and_changes_nothing()
    {
        var (instance, task) = await StartHearingAsync();
        var refused = await Client.PostAsJsonAsync($"/api/user-tasks/{task}/completion", new { variables = new { hearingHeldOn = "2025-09-29" } });
        var problem = await refused.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("hearing-notice-seven-days", problem["rule"]!.GetValue<string>());
        Assert.Contains("第六十四条", problem["law"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("七个工作日", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("CREATED", (await TaskAsync(Client, task))["state"]!.GetValue<string>());
        Assert.Null((await Client.GetObjectAsync($"/api/process-instances/{instance}"))["variables"]!["hearingHeldOn"]);

        // 2025-09-26 + 7 working days = 2025-10-13 (National Day and the make-up Saturdays).
        Assert.Equal(HttpStatusCode.NoContent,
            (await Client.PostAsJsonAsync($"/api/user-tasks/{task}/completion", new { variables = new { hearingHeldOn = "2025-10-13" } })).StatusCode);
        Assert.Equal("COMPLETED", (await TaskAsync(Client, task))["state"]!.GetValue<string>());
    }

    /// <summary>负责人集体讨论: a head's opinion after the round's meeting time is refused by the rule itself, even in the moment
    /// before the meeting-time timer has closed the round (河南省行政执法条例 第二十八条).</summary>
    [Fact]
    public async Task An_opinion_after_the_meeting_time_is_refused_naming_the_rule_and_one_before_it_is_taken()
    {
        var id = await DeployRuleTaskAsync("meeting-round", "发表意见", "collective-discussion-round-open");
        foreach (var (meetingAt, answer) in new[] { ("2020-01-06T09:00:00+08:00", HttpStatusCode.Conflict), ("2099-01-05T09:00:00+08:00", HttpStatusCode.NoContent) })
        {
            var (_, task) = await StartRuleTaskAsync(id, new JsonObject { ["meetingAt"] = meetingAt });
            var response = await Client.PostAsJsonAsync($"/api/user-tasks/{task}/completion", new { variables = new { attended = "yes" } });
            Assert.Equal(answer, response.StatusCode);
            if (answer != HttpStatusCode.Conflict) continue;
            var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal("collective-discussion-round-open", problem["rule"]!.GetValue<string>());
            Assert.Contains("第二十八条", problem["law"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unregistered_or_empty_rule_list_is_refused_at_deployment_naming_the_element()
    {
        var id = UniqueProcessId("bad-invariant");
        var response = await Client.DeployRawAsync(($"{id}.bpmn", TestModels.Process(id, $"""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="one" />
            {RuleTask("one", "一", "officer1", """<zeebe:header key="invariants" value="hearing-notice-seven-days, no-such-rule" />""")}
            <bpmn:sequenceFlow id="f2" sourceRef="one" targetRef="two" />
            {RuleTask("two", "二", "officer1", """<zeebe:header key="invariants" value=" , " />""")}
            <bpmn:sequenceFlow id="f3" sourceRef="two" targetRef="end" />
            <bpmn:endEvent id="end" />
            """)));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsArray().Select(e => (e!["elementId"]!.GetValue<string>(), e["message"]!.GetValue<string>())).ToList();
        Assert.Contains(errors, e => e.Item1 == "one" && e.Item2.Contains("'no-such-rule'", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Item1 == "one" && e.Item2.Contains("hearing-notice-seven-days", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Item1 == "two" && e.Item2.Contains("没有列出任何规则", StringComparison.Ordinal));
    }
}
