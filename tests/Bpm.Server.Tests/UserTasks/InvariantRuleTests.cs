using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Engine.Timers;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

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
        var errors = await DeploymentErrorsAsync(response);
        Assert.Contains(errors, e => e.Item1 == "one" && e.Item2.Contains("「no-such-rule」", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Item1 == "one" && e.Item2.Contains("hearing-notice-seven-days", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Item1 == "two" && e.Item2.Contains("没有列出任何规则", StringComparison.Ordinal));
    }

    /// <summary>A process whose user task an interrupting timer closes at <c>closeAt</c>, the case going on to a follow-up
    /// task (an ended case answers <c>case-archived</c> first); the timer names <paramref name="closingRule"/> (none when null).</summary>
    private async Task<string> DeployClosingTimerAsync(string? closingRule)
    {
        var id = UniqueProcessId("closing-rule");
        var property = closingRule is null ? "" : $"""<bpmn:extensionElements><zeebe:properties><zeebe:property name="closingRule" value="{closingRule}" /></zeebe:properties></bpmn:extensionElements>""";
        await Client.DeployAsync(($"{id}.bpmn", TestModels.Process(id, $"""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="task" />
            {RuleTask("task", "举行听证", "officer1", "")}
            <bpmn:boundaryEvent id="closed" name="听证期限届满" attachedToRef="task">
              {property}
              <bpmn:timerEventDefinition><bpmn:timeDate>=closeAt</bpmn:timeDate></bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="task" targetRef="end" />
            <bpmn:sequenceFlow id="f3" sourceRef="closed" targetRef="afterClosing" />
            {RuleTask("afterClosing", "期限届满后处理", "officer1", "")}
            <bpmn:sequenceFlow id="f4" sourceRef="afterClosing" targetRef="end" />
            <bpmn:endEvent id="end" />
            """)));
        return id;
    }

    /// <summary>Starts the process with its timer already due and lets the sweep close the task: the task's key.</summary>
    private async Task<string> ClosedByTimerAsync(string processId, string closeAt)
    {
        var instance = (await Client.StartAsync(processId, new JsonObject { ["closeAt"] = closeAt }))["processInstanceKey"].Key();
        var task = (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instance}"))[0]!["userTaskKey"].Key();
        // The server's own sweep may have claimed the timer first: sweep until the task has left CREATED.
        var sweep = Factory.Services.GetRequiredService<TimerSweep>();
        var state = await Workflows.ScenarioDriver.EventuallyAsync(async () =>
        {
            await sweep.RunDueTimersAsync(CancellationToken.None);
            var now = (await TaskAsync(Client, task))["state"]!.GetValue<string>();
            return now == "CREATED" ? null : now;
        }, "the timer to close the task");
        Assert.Equal("CANCELED", state);
        return task;
    }

    [Fact]
    public async Task A_task_an_interrupting_timer_closed_by_a_rule_answers_a_late_completion_with_the_rule_and_when_it_closed()
    {
        var task = await ClosedByTimerAsync(await DeployClosingTimerAsync("hearing-notice-seven-days"), "2020-01-06T09:00:00+08:00");
        var officer = await As("officer1");
        var late = await officer.PostAsJsonAsync($"/api/user-tasks/{task}/completion", new { variables = new { hearingHeldOn = "2020-01-20" } });
        var problem = await late.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("hearing-notice-seven-days", problem["rule"]!.GetValue<string>());
        Assert.Contains("第六十四条", problem["law"]!.GetValue<string>(), StringComparison.Ordinal);
        var detail = problem["detail"]!.GetValue<string>();
        Assert.StartsWith("任务「举行听证」已于 2020-01-06 09:00（北京时间）因「听证期限届满」关闭，不能再办理：", detail, StringComparison.Ordinal);
        Assert.Contains("七个工作日", detail, StringComparison.Ordinal);
        Assert.Equal("CANCELED", (await TaskAsync(Client, task))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_task_closed_without_a_rule_keeps_the_plain_answer_that_it_is_no_longer_open()
    {
        var task = await ClosedByTimerAsync(await DeployClosingTimerAsync(closingRule: null), "2020-01-06T09:00:00+08:00");
        var late = await (await As("officer1")).PostAsJsonAsync($"/api/user-tasks/{task}/completion", new { variables = new { hearingHeldOn = "2020-01-20" } });
        var problem = await late.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Null(problem["rule"]);
        Assert.Contains("已不是待办状态", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closing_rule_on_anything_but_an_interrupting_boundary_event_or_naming_no_registered_rule_is_refused_at_deployment()
    {
        var id = UniqueProcessId("bad-closing-rule");
        static string Closing(string rule) => $"""<bpmn:extensionElements><zeebe:properties><zeebe:property name="closingRule" value="{rule}" /></zeebe:properties></bpmn:extensionElements>""";
        var response = await Client.DeployRawAsync(($"{id}.bpmn", TestModels.Process(id, $"""
            <bpmn:startEvent id="start">{Closing("hearing-notice-seven-days")}</bpmn:startEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="task" />
            {RuleTask("task", "一", "officer1", "")}
            <bpmn:boundaryEvent id="unknown" attachedToRef="task">{Closing("no-such-rule")}<bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="reminder" attachedToRef="task" cancelActivity="false">{Closing("hearing-notice-seven-days")}<bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="task" targetRef="end" />
            <bpmn:sequenceFlow id="f3" sourceRef="unknown" targetRef="end" />
            <bpmn:sequenceFlow id="f4" sourceRef="reminder" targetRef="end" />
            <bpmn:endEvent id="end" />
            """)));
        var errors = await DeploymentErrorsAsync(response);
        Assert.Contains(errors, e => e.Item1 == "start" && e.Item2.Contains("只能用于边界事件", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Item1 == "unknown" && e.Item2.Contains("「no-such-rule」", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Item1 == "reminder" && e.Item2.Contains("只能用于中断型边界事件", StringComparison.Ordinal));
    }

    /// <summary>A refused deployment's errors as (element id, message).</summary>
    private static async Task<List<(string, string)>> DeploymentErrorsAsync(HttpResponseMessage response) =>
        (await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsArray()
            .Select(e => (e!["elementId"]!.GetValue<string>(), e["message"]!.GetValue<string>())).ToList();
}
