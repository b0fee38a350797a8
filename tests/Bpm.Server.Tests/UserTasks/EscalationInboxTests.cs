using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Engine.Records;
using Bpm.Engine.UserTasks;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.UserTasks;

/// <summary>The heads' escalation inbox through the HTTP API with real tokens: overdue tasks and escalations caught on tasks
/// are marked with why and from where; a head of the unit (or above) reassigns, extends with a reason, or decides; disputes
/// arrive as decision tasks with both positions. Everyone else is refused and nothing changes.</summary>
public abstract class EscalationInboxTests(BpmServerFactory factory) : UserTaskTestBase(factory)
{
    // 2026-09-24 is a Thursday; 09-25..27 are the Mid-Autumn holiday, so 3 working days later is Wednesday 09-30.
    private static readonly DateTimeOffset PastDue = new(2026, 9, 24, 12, 0, 0, TimeSpan.FromHours(8));

    /// <summary>investigate (certificate required) of 金水区市场监管局, assignee <c>who</c>, due <c>due</c>; an escalation
    /// boundary event (code <c>need-help</c>) leads to 负责人决定.</summary>
    private async Task<string> DeployInvestigationAsync()
    {
        var id = UniqueProcessId("overdue");
        var xml = TestModels.Process(id, $"""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="investigate" />
            <bpmn:userTask id="investigate" name="调查取证">
              <bpmn:extensionElements>
                <zeebe:assignmentDefinition assignee="=who" candidateGroups="officers-jinshui" />
                <zeebe:taskSchedule dueDate="=due" />
                <zeebe:taskHeaders><zeebe:header key="organisationId" value="jinshui-amr" /><zeebe:header key="requiresCertificate" value="true" /></zeebe:taskHeaders>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f2" sourceRef="investigate" targetRef="end" />
            <bpmn:endEvent id="end" />
            <bpmn:boundaryEvent id="help" attachedToRef="investigate"><bpmn:escalationEventDefinition escalationRef="esc" /></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f3" sourceRef="help" targetRef="decide" />
            <bpmn:userTask id="decide" name="负责人决定">
              <bpmn:extensionElements>
                <zeebe:assignmentDefinition candidateGroups="heads" />
                <zeebe:taskHeaders><zeebe:header key="organisationId" value="jinshui-amr" /></zeebe:taskHeaders>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f4" sourceRef="decide" targetRef="end2" />
            <bpmn:endEvent id="end2" />
            """).Replace("</bpmn:definitions>", "<bpmn:escalation id=\"esc\" escalationCode=\"need-help\" /></bpmn:definitions>", StringComparison.Ordinal);
        await Client.DeployAsync(($"{id}.bpmn", xml));
        return id;
    }

    private async Task<(string Instance, string Task)> StartInvestigationAsync(string processId, string who = "officer1", DateTimeOffset? due = null)
    {
        var instance = (await Client.StartAsync(processId, new JsonObject { ["who"] = who, ["due"] = (due ?? PastDue).ToString("O") }))["processInstanceKey"].Key();
        return (instance, (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instance}"))[0]!["userTaskKey"].Key());
    }

    private Task<int> SweepOverdueAsync() => Factory.Services.GetRequiredService<OverdueSweep>().RunOnceAsync(CancellationToken.None);

    private async Task<JsonObject> OnlyEscalationAsync(HttpClient client, string instance, string state = "OPEN") =>
        (JsonObject)Assert.Single(await client.GetItemsAsync($"/api/escalations?processInstanceKey={instance}&state={state}"))!;

    private static async Task<JsonObject> Ok(Task<HttpResponseMessage> call) => await (await call).ReadJsonObjectAsync(HttpStatusCode.OK);

    private static async Task<JsonArray> NotificationsAsync(HttpClient client, string taskKey, string kind) =>
        new((await client.GetItemsAsync("/api/me/notifications"))
            .Where(n => n!["userTaskKey"]?.GetValue<string>() == taskKey && n["kind"]!.GetValue<string>() == kind).Select(n => n!.DeepClone()).ToArray());

    [Fact]
    public async Task An_overdue_task_reaches_its_heads_once_marked_with_why_and_from_where()
    {
        var (instance, task) = await StartInvestigationAsync(await DeployInvestigationAsync());
        Assert.True(await SweepOverdueAsync() >= 1);
        await SweepOverdueAsync();

        var headAmr = await As("head-amr");
        var escalation = await OnlyEscalationAsync(headAmr, instance);
        Assert.Equal("OVERDUE", escalation["reason"]!.GetValue<string>());
        Assert.Equal("OPEN", escalation["state"]!.GetValue<string>());
        Assert.Contains("调查取证", escalation["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var origin = escalation["origin"]!;
        Assert.Equal((task, "investigate", "调查取证", "officer1"),
            (origin["taskKey"].Key(), origin["elementId"]!.GetValue<string>(), origin["name"]!.GetValue<string>(), origin["assignee"]!.GetValue<string>()));
        Assert.Equal(PastDue, origin["dueDate"]!.GetValue<DateTimeOffset>());
        // The head above the unit sees it too; the officer sees their own; others are refused.
        await OnlyEscalationAsync(await As("head1"), instance);
        await OnlyEscalationAsync(await As("officer1"), instance);
        Assert.Empty(await (await As("head2")).GetItemsAsync($"/api/escalations?processInstanceKey={instance}"));
        var key = escalation["escalationKey"].Key();
        await ExpectDenied((await As("head2")).GetAsync($"/api/escalations/{key}"), "escalation-visibility");
        await ExpectDenied((await As("officer2")).GetAsync($"/api/escalations/{key}"), "escalation-visibility");

        var overdue = Assert.Single(await NotificationsAsync(await As("officer1"), task, "OVERDUE"))!;
        Assert.Single(await NotificationsAsync(headAmr, task, "ESCALATED"));
        Assert.Single(await HistoryAsync(Client, task), h => h.Event == "OVERDUE");
        // Texts people read give Beijing time whatever the server's time zone: due 2026-09-24 12:00 +08:00 (04:00 UTC).
        Assert.Contains("2026-09-24 12:00", escalation["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("2026-09-24 12:00", overdue["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_heads_actions_on_a_cancelled_case_are_refused_as_archived_and_change_nothing()
    {
        var (instance, task) = await StartInvestigationAsync(await DeployInvestigationAsync());
        await SweepOverdueAsync();
        var headAmr = await As("head-amr");
        var key = (await OnlyEscalationAsync(headAmr, instance))["escalationKey"].Key();
        (await Client.PostAsJsonAsync($"/api/process-instances/{instance}/cancellation", new { reason = "重复立案" })).EnsureSuccessStatusCode();
        var entries = (await Client.GetObjectAsync($"/api/process-instances/{instance}/integrity"))["entries"]!.GetValue<long>();

        foreach (var body in new object[] { new { reason = "需要补充证据", workingDays = 3 }, new { reason = "需要补充证据", dueDate = "2026-12-01T17:00:00+08:00" },
                     new { reason = "需要补充证据", workingDays = 3, deadline = "review" } })
        {
            var problem = await (await Post(headAmr, $"/api/escalations/{key}/extension", body)).ReadProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal(CaseArchivedException.Rule, problem["rule"]!.GetValue<string>());
            Assert.Contains("已撤销", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        }
        foreach (var (action, body) in new (string, object)[] { ("reassignment", new { assignee = "officer2", reason = "原办理人出差" }), ("decision", new { decision = "继续办理" }) })
        {
            var problem = await (await Post(headAmr, $"/api/escalations/{key}/{action}", body)).ReadProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal(CaseArchivedException.Rule, problem["rule"]!.GetValue<string>());
        }
        Assert.Equal("officer1", (await TaskAsync(Client, task))["assignee"]!.GetValue<string>());
        Assert.Equal(PastDue, (await TaskAsync(Client, task))["dueDate"]!.GetValue<DateTimeOffset>());
        Assert.Equal(entries, (await Client.GetObjectAsync($"/api/process-instances/{instance}/integrity"))["entries"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_head_of_another_unit_gets_the_same_visibility_refusal_on_a_cancelled_case_as_on_an_open_one()
    {
        var (instance, _) = await StartInvestigationAsync(await DeployInvestigationAsync());
        await SweepOverdueAsync();
        var key = (await OnlyEscalationAsync(await As("head-amr"), instance))["escalationKey"].Key();
        var outsider = await As("head2");
        var extension = new { reason = "需要补充证据", workingDays = 3 };
        await ExpectDenied(Post(outsider, $"/api/escalations/{key}/extension", extension), "escalation-visibility");

        (await Client.PostAsJsonAsync($"/api/process-instances/{instance}/cancellation", new { reason = "重复立案" })).EnsureSuccessStatusCode();

        await ExpectDenied(Post(outsider, $"/api/escalations/{key}/extension", extension), "escalation-visibility");
        await ExpectDenied(Post(outsider, $"/api/escalations/{key}/decision", new { decision = "继续办理" }), "escalation-visibility");
        var problem = await (await Post(await As("head-amr"), $"/api/escalations/{key}/extension", extension)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(CaseArchivedException.Rule, problem["rule"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_head_extends_with_a_reason_on_the_working_day_calendar_and_only_a_head_may()
    {
        var (instance, task) = await StartInvestigationAsync(await DeployInvestigationAsync());
        await SweepOverdueAsync();
        var headAmr = await As("head-amr");
        var key = (await OnlyEscalationAsync(headAmr, instance))["escalationKey"].Key();

        var missing = await (await Post(headAmr, $"/api/escalations/{key}/extension", new { workingDays = 3 })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("reason", missing["field"]!.GetValue<string>());
        var both = await (await Post(headAmr, $"/api/escalations/{key}/extension", new { reason = "x", workingDays = 3, dueDate = "2026-12-01T17:00:00+08:00" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(both["field"]);
        await ExpectDenied(Post(await As("officer1"), $"/api/escalations/{key}/extension", new { reason = "需要补充证据", workingDays = 3 }), "escalation-requires-head");
        Assert.Equal(PastDue, (await TaskAsync(Client, task))["dueDate"]!.GetValue<DateTimeOffset>());

        var resolved = await Ok(Post(headAmr, $"/api/escalations/{key}/extension", new { reason = "需要补充证据", workingDays = 3 }));
        Assert.Equal(("RESOLVED", "EXTENDED", "head-amr"),
            (resolved["state"]!.GetValue<string>(), resolved["resolution"]!.GetValue<string>(), resolved["resolvedBy"]!.GetValue<string>()));
        Assert.Equal("需要补充证据", resolved["resolutionDetails"]!["reason"]!.GetValue<string>());
        var expected = new DateTimeOffset(2026, 9, 30, 12, 0, 0, TimeSpan.FromHours(8));
        Assert.Equal(expected, (await TaskAsync(Client, task))["dueDate"]!.GetValue<DateTimeOffset>());
        var extended = Assert.Single((await Client.GetItemsAsync($"/api/user-tasks/{task}/history")), h => h!["event"]!.GetValue<string>() == "EXTENDED")!;
        Assert.Equal(("head-amr", "需要补充证据"), (extended["actor"]!.GetValue<string>(), extended["details"]!["reason"]!.GetValue<string>()));
        Assert.Single(await NotificationsAsync(await As("officer1"), task, "ESCALATION_RESOLVED"));

        await (await Post(headAmr, $"/api/escalations/{key}/extension", new { reason = "again", workingDays = 1 })).ReadProblemAsync(HttpStatusCode.Conflict);
        // The moved due date is still past: the task is overdue again, a new escalation.
        Assert.Equal(1, await SweepOverdueAsync());
        Assert.Equal(expected, (await OnlyEscalationAsync(headAmr, instance))["origin"]!["dueDate"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task A_head_reassigns_to_a_qualified_officer_and_an_unqualified_one_is_refused_with_nothing_changed()
    {
        var (instance, task) = await StartInvestigationAsync(await DeployInvestigationAsync());
        await SweepOverdueAsync();
        var headAmr = await As("head-amr");
        var key = (await OnlyEscalationAsync(headAmr, instance))["escalationKey"].Key();

        var refused = await (await Post(headAmr, $"/api/escalations/{key}/reassignment", new { assignee = "officer-expired" })).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("valid-enforcement-certificate", refused["rule"]!.GetValue<string>());
        Assert.Equal("officer1", (await TaskAsync(Client, task))["assignee"]!.GetValue<string>());
        Assert.Equal("OPEN", (await OnlyEscalationAsync(headAmr, instance))["state"]!.GetValue<string>());
        // A mistyped name is refused before anything changes: the escalation stays open, the task with its officer.
        var mistyped = await (await Post(headAmr, $"/api/escalations/{key}/reassignment", new { assignee = "offcer2" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("assignee", mistyped["field"]!.GetValue<string>());
        Assert.Contains("offcer2", mistyped["detail"]!.GetValue<string>());
        Assert.Equal("officer1", (await TaskAsync(Client, task))["assignee"]!.GetValue<string>());
        Assert.Equal("OPEN", (await OnlyEscalationAsync(headAmr, instance))["state"]!.GetValue<string>());
        await ExpectDenied(Post(await As("head2"), $"/api/escalations/{key}/reassignment", new { assignee = "officer2" }), "escalation-visibility");

        var resolved = await Ok(Post(headAmr, $"/api/escalations/{key}/reassignment", new { assignee = "officer2", reason = "原办理人出差" }));
        Assert.Equal("REASSIGNED", resolved["resolution"]!.GetValue<string>());
        Assert.Equal("officer2", (await TaskAsync(Client, task))["assignee"]!.GetValue<string>());
        Assert.Equal(("ASSIGNED", "head-amr"), (await HistoryAsync(Client, task))[^1]);
        Assert.Single(await NotificationsAsync(await As("officer2"), task, "ASSIGNED"));
        Assert.Single(await NotificationsAsync(await As("officer1"), task, "ESCALATION_RESOLVED"));
        Assert.Empty(await headAmr.GetItemsAsync($"/api/escalations?processInstanceKey={instance}"));
        Assert.Equal("REASSIGNED", (await OnlyEscalationAsync(headAmr, instance, "RESOLVED"))["resolution"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_escalation_caught_on_a_task_leads_to_the_heads_decision_task_which_the_decision_completes()
    {
        var (instance, task) = await StartInvestigationAsync(await DeployInvestigationAsync(), due: DateTimeOffset.UtcNow.AddDays(30));
        await ExpectNoContent(Post(await As("officer1"), $"/api/user-tasks/{task}/escalation", new { code = "need-help" }));

        var headAmr = await As("head-amr");
        var escalation = await OnlyEscalationAsync(headAmr, instance);
        Assert.Equal(("ESCALATION", "need-help"), (escalation["reason"]!.GetValue<string>(), escalation["code"]!.GetValue<string>()));
        Assert.Equal(task, escalation["origin"]!["taskKey"].Key());
        Assert.Equal("CANCELED", escalation["origin"]!["taskState"]!.GetValue<string>());
        var decisionTask = escalation["decisionTaskKey"].Key();
        Assert.Equal("decide", (await TaskAsync(Client, decisionTask))["elementId"]!.GetValue<string>());
        Assert.Single(await NotificationsAsync(headAmr, task, "ESCALATED"));

        var noDecision = await (await Post(headAmr, $"/api/escalations/{escalation["escalationKey"].Key()}/decision", new { })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("decision", noDecision["field"]!.GetValue<string>());
        var decided = await Ok(Post(headAmr, $"/api/escalations/{escalation["escalationKey"].Key()}/decision",
            new { decision = "同意移交稽查处", variables = new { transfer = true } }));
        Assert.Equal(("RESOLVED", "DECIDED"), (decided["state"]!.GetValue<string>(), decided["resolution"]!.GetValue<string>()));
        Assert.Equal("同意移交稽查处", decided["resolutionDetails"]!["decision"]!.GetValue<string>());
        Assert.Equal("COMPLETED", (await TaskAsync(Client, decisionTask))["state"]!.GetValue<string>());
        var instanceView = await Client.GetObjectAsync($"/api/process-instances/{instance}");
        Assert.Equal("COMPLETED", instanceView["state"]!.GetValue<string>());
        Assert.True(instanceView["variables"]!["transfer"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_dispute_arrives_as_a_decision_task_with_both_positions_and_cannot_be_reassigned()
    {
        var id = UniqueProcessId("dispute");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.Process(id, """
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="discuss" />
            <bpmn:userTask id="discuss" name="负责人集体讨论">
              <bpmn:extensionElements>
                <zeebe:assignmentDefinition candidateGroups="heads" />
                <zeebe:taskHeaders>
                  <zeebe:header key="organisationId" value="jinshui-amr" />
                  <zeebe:header key="disputePositions" value="=[{party: &quot;承办机构&quot;, opinion: unitPosition}, {party: &quot;法制审核机构&quot;, opinion: reviewOpinion}]" />
                </zeebe:taskHeaders>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f2" sourceRef="discuss" targetRef="end" />
            <bpmn:endEvent id="end" />
            """)));
        var instance = (await Client.StartAsync(id, new { unitPosition = "违法事实清楚，应予处罚", reviewOpinion = "证据不足，建议补充调查" }))["processInstanceKey"].Key();

        var headAmr = await As("head-amr");
        var escalation = await OnlyEscalationAsync(headAmr, instance);
        Assert.Equal("DISPUTE", escalation["reason"]!.GetValue<string>());
        Assert.Null(escalation["origin"]);
        var positions = escalation["positions"]!.AsArray();
        Assert.Equal([("承办机构", "违法事实清楚，应予处罚"), ("法制审核机构", "证据不足，建议补充调查")],
            positions.Select(p => (p!["party"]!.GetValue<string>(), p["opinion"]!.GetValue<string>())));
        var key = escalation["escalationKey"].Key();
        Assert.Single(await NotificationsAsync(headAmr, escalation["decisionTaskKey"].Key(), "ESCALATED"));

        await (await Post(headAmr, $"/api/escalations/{key}/reassignment", new { assignee = "officer2" })).ReadProblemAsync(HttpStatusCode.Conflict);
        await ExpectDenied(Post(await As("officer1"), $"/api/escalations/{key}/decision", new { decision = "处罚" }), "escalation-visibility");
        await Ok(Post(headAmr, $"/api/escalations/{key}/decision", new { decision = "集体讨论决定：补充调查后再审", variables = new { collectiveDecision = "补充调查" } }));
        Assert.Equal("COMPLETED", (await Client.GetObjectAsync($"/api/process-instances/{instance}"))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_assignee_the_model_names_who_breaks_the_rules_is_refused_at_creation_and_the_heads_are_told()
    {
        var (_, task) = await StartInvestigationAsync(await DeployInvestigationAsync(), who: "officer-hired", due: DateTimeOffset.UtcNow.AddDays(30));
        var view = await TaskAsync(Client, task);
        Assert.Null(view["assignee"]);
        Assert.Equal([("CREATED", null), ("ASSIGNMENT_REFUSED", null)], await HistoryAsync(Client, task));
        var refused = (await Client.GetItemsAsync($"/api/user-tasks/{task}/history"))[1]!["details"]!;
        Assert.Equal(("officer-hired", "valid-enforcement-certificate"), (refused["assignee"]!.GetValue<string>(), refused["rule"]!.GetValue<string>()));
        Assert.Single(await NotificationsAsync(await As("head-amr"), task, "ASSIGNMENT_REFUSED"));
        Assert.Empty(await NotificationsAsync(await As("officer-hired"), task, "ASSIGNED"));
        // Its candidates can still take it.
        await ExpectNoContent(Post(await As("officer2"), $"/api/user-tasks/{task}/claim"));
    }

    [Fact]
    public async Task The_overdue_texts_give_the_due_time_in_beijing_time_not_utc()
    {
        // 23:50 in Beijing is 15:50 UTC: the escalation and the officer's notification must say 23:50.
        var due = new DateTimeOffset(2026, 9, 30, 15, 50, 0, TimeSpan.Zero);
        var (instance, task) = await StartInvestigationAsync(await DeployInvestigationAsync(), due: due);
        Assert.True(await SweepOverdueAsync() >= 1);

        var message = (await OnlyEscalationAsync(await As("head-amr"), instance))["message"]!.GetValue<string>();
        var notification = Assert.Single(await NotificationsAsync(await As("officer1"), task, "OVERDUE"))!["message"]!.GetValue<string>();
        foreach (var text in new[] { message, notification })
        {
            Assert.Contains("到期时间 2026-09-30 23:50", text, StringComparison.Ordinal);
            Assert.DoesNotContain("15:50", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_escalation_names_its_case_by_case_number_and_party_in_the_list_and_alone()
    {
        var processId = await DeployInvestigationAsync();
        var businessKey = $"豫金市监立〔2026〕{Random.Shared.Next(1000, 9999)}号";
        var instance = (await Client.StartAsync(processId, new JsonObject
        {
            ["who"] = "officer1", ["due"] = PastDue.ToString("O"), ["partyName"] = "郑州某餐饮管理有限公司",
        }, businessKey))["processInstanceKey"].Key();
        Assert.True(await SweepOverdueAsync() >= 1);

        var headAmr = await As("head-amr");
        var listed = await OnlyEscalationAsync(headAmr, instance);
        var alone = await Ok(headAmr.GetAsync($"/api/escalations/{listed["escalationKey"].Key()}"));
        foreach (var escalation in new[] { listed, alone })
        {
            Assert.Equal(businessKey, escalation["case"]!["caseNumber"]!.GetValue<string>());
            Assert.Equal("郑州某餐饮管理有限公司", escalation["case"]!["partyName"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Extending_a_task_timed_by_a_statutory_deadline_extends_that_deadline_within_its_maximum()
    {
        var id = await DeployDeadlineTimedTaskAsync("timed", "decision", "作出决定", """
              <zeebe:input source="=10" target="maxExtensionDays" />
              <zeebe:input source="=&quot;《中华人民共和国行政许可法》第四十二条&quot;" target="extensionBasis" />
            """);
        var instance = (await Client.StartAsync(id))["processInstanceKey"].Key();
        var task = (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instance}"))[0]!["userTaskKey"].Key();
        Assert.True(await SweepOverdueAsync() >= 1);
        var headAmr = await As("head-amr");
        var key = (await OnlyEscalationAsync(headAmr, instance))["escalationKey"].Key();
        var due = (await TaskAsync(Client, task))["dueDate"]!.GetValue<DateTimeOffset>();

        // What the studio's 延期 sends: days only. 999 is beyond the deadline's declared maximum.
        var refused = await (await Post(headAmr, $"/api/escalations/{key}/extension", new { reason = "案情复杂", workingDays = 999 })).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("extension-over-statutory-maximum", refused["rule"]!.GetValue<string>());
        Assert.Equal("《中华人民共和国行政许可法》第四十二条", refused["law"]!.GetValue<string>());
        Assert.Contains("最多可延长 10 日", refused["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(due, (await TaskAsync(Client, task))["dueDate"]!.GetValue<DateTimeOffset>());
        Assert.Equal("OPEN", (await OnlyEscalationAsync(headAmr, instance))["state"]!.GetValue<string>());

        var resolved = await Ok(Post(headAmr, $"/api/escalations/{key}/extension", new { reason = "案情复杂", workingDays = 4 }));
        Assert.Equal("decision", resolved["resolutionDetails"]!["deadline"]!.GetValue<string>());
        var deadline = (await Client.GetObjectAsync($"/api/process-instances/{instance}"))["variables"]!["deadlines"]!["decision"]!;
        var extension = deadline["history"]!.AsArray()[^1]!;
        Assert.Equal(("EXTEND", 4, "head-amr"), (extension["action"]!.GetValue<string>(), extension["days"]!.GetValue<int>(), extension["by"]!.GetValue<string>()));
        Assert.Equal(DateTimeOffset.Parse(deadline["due"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
            (await TaskAsync(Client, task))["dueDate"]!.GetValue<DateTimeOffset>());
        Assert.True((await TaskAsync(Client, task))["dueDate"]!.GetValue<DateTimeOffset>() > due);
    }

    [Fact]
    public async Task A_deadline_that_declares_no_maximum_is_extended_at_most_by_its_own_length()
    {
        var id = await DeployDeadlineTimedTaskAsync("undeclared", "handling", "办理投诉", "");
        var instance = (await Client.StartAsync(id))["processInstanceKey"].Key();
        var task = (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instance}"))[0]!["userTaskKey"].Key();
        Assert.True(await SweepOverdueAsync() >= 1);
        var headAmr = await As("head-amr");
        var key = (await OnlyEscalationAsync(headAmr, instance))["escalationKey"].Key();
        var due = (await TaskAsync(Client, task))["dueDate"]!.GetValue<DateTimeOffset>();

        foreach (var days in new[] { 999, 6 })
        {
            var refused = await (await Post(headAmr, $"/api/escalations/{key}/extension", new { reason = "情况复杂", workingDays = days }))
                .ReadProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal("extension-over-statutory-maximum", refused["rule"]!.GetValue<string>());
            Assert.Contains("最多可延长 5 日", refused["detail"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Contains("未声明可延长上限", refused["detail"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal(due, (await TaskAsync(Client, task))["dueDate"]!.GetValue<DateTimeOffset>());
        }
        await Ok(Post(headAmr, $"/api/escalations/{key}/extension", new { reason = "情况复杂", workingDays = 5 }));
        Assert.True((await TaskAsync(Client, task))["dueDate"]!.GetValue<DateTimeOffset>() > due);
    }

    [Fact]
    public async Task A_task_no_deadline_times_is_extended_by_at_most_thirty_working_days_at_once()
    {
        var (instance, task) = await StartInvestigationAsync(await DeployInvestigationAsync());
        await SweepOverdueAsync();
        var headAmr = await As("head-amr");
        var key = (await OnlyEscalationAsync(headAmr, instance))["escalationKey"].Key();

        var days = await (await Post(headAmr, $"/api/escalations/{key}/extension", new { reason = "需要补充证据", workingDays = 999 }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("workingDays", days["field"]!.GetValue<string>());
        Assert.Contains("最多延长 30 个工作日", days["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var date = await (await Post(headAmr, $"/api/escalations/{key}/extension", new { reason = "需要补充证据", dueDate = "2030-01-01T17:00:00+08:00" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("dueDate", date["field"]!.GetValue<string>());
        Assert.Contains("超出单次延期上限", date["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(PastDue, (await TaskAsync(Client, task))["dueDate"]!.GetValue<DateTimeOffset>());
        Assert.Equal("OPEN", (await OnlyEscalationAsync(headAmr, instance))["state"]!.GetValue<string>());

        await Ok(Post(headAmr, $"/api/escalations/{key}/extension", new { reason = "需要补充证据", workingDays = 30 }));
    }

    /// <summary>start → a 5-working-day deadline <paramref name="deadline"/> from 2026-09-01 (already overdue) → a user task
    /// of officer1 due at it → end; <paramref name="extraInputs"/> are more inputs of the deadline (e.g. its maximum).</summary>
    private async Task<string> DeployDeadlineTimedTaskAsync(string prefix, string deadline, string taskName, string extraInputs)
    {
        var id = UniqueProcessId(prefix);
        await Client.DeployAsync(($"{id}.bpmn", TestModels.Process(id, $"""
            <bpmn:startEvent id="start" />
            <bpmn:serviceTask id="deadline"><bpmn:extensionElements><zeebe:taskDefinition type="bpm:start-deadline" /><zeebe:ioMapping>
              <zeebe:input source="=&quot;{deadline}&quot;" target="name" /><zeebe:input source="=5" target="days" />
              <zeebe:input source="=&quot;2026-09-01&quot;" target="start" />{extraInputs}
            </zeebe:ioMapping></bpmn:extensionElements></bpmn:serviceTask>
            <bpmn:userTask id="task" name="{taskName}"><bpmn:extensionElements>
              <zeebe:assignmentDefinition assignee="officer1" candidateGroups="officers-jinshui" />
              <zeebe:taskSchedule dueDate="=deadlines.{deadline}.due" />
              <zeebe:taskHeaders><zeebe:header key="organisationId" value="jinshui-amr" /></zeebe:taskHeaders>
            </bpmn:extensionElements></bpmn:userTask>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="deadline" />
            <bpmn:sequenceFlow id="f2" sourceRef="deadline" targetRef="task" />
            <bpmn:sequenceFlow id="f3" sourceRef="task" targetRef="end" />
            """)));
        return id;
    }
}
