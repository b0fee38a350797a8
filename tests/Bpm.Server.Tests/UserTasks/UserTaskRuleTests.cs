using System.Net;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.UserTasks;

/// <summary>The assignment rules declared in task headers, through the HTTP API with real tokens: a valid enforcement
/// certificate, and separation of duties (reviewer ≠ investigator). A refusal is a 409 naming the rule and the law, and
/// changes nothing.</summary>
public abstract class UserTaskRuleTests(BpmServerFactory factory) : UserTaskTestBase(factory)
{
    private const string CertificateRule = "valid-enforcement-certificate";
    private const string SeparationRule = "separation-of-duties";

    /// <summary>investigate (certificate required; assignee from <c>investigator</c>) → review (certificate required, not
    /// by whoever performed investigate; assignee from <c>reviewer</c>).</summary>
    private async Task<string> DeployCaseAsync()
    {
        var id = UniqueProcessId("case");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.Process(id, $"""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="investigate" />
            {RuleTask("investigate", "调查取证", "=investigator", """<zeebe:header key="requiresCertificate" value="true" />""")}
            <bpmn:sequenceFlow id="f2" sourceRef="investigate" targetRef="review" />
            {RuleTask("review", "法制审核", "=reviewer", """<zeebe:header key="requiresCertificate" value="true" /><zeebe:header key="excludePerformersOf" value="investigate, other" />""")}
            <bpmn:sequenceFlow id="f3" sourceRef="review" targetRef="end" />
            <bpmn:endEvent id="end" />
            """)));
        return id;
    }

    private async Task<(string Instance, string TaskKey)> StartCaseAsync(string processId, string? investigator = null, string? reviewer = null)
    {
        var instance = (await Client.StartAsync(processId, new JsonObject { ["investigator"] = investigator, ["reviewer"] = reviewer }))["processInstanceKey"].Key();
        return (instance, await OpenTaskAsync(instance));
    }

    private async Task<string> OpenTaskAsync(string instance) =>
        (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instance}&state=CREATED"))[0]!["userTaskKey"].Key();

    private static async Task ExpectViolation(Task<HttpResponseMessage> call, string rule, string law)
    {
        var problem = await (await call).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(rule, problem["rule"]!.GetValue<string>());
        Assert.Contains(law, problem["law"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task ExpectUnchanged(string taskKey, string? assignee, params (string Event, string? Actor)[] history)
    {
        var task = await TaskAsync(Client, taskKey);
        Assert.Equal("CREATED", task["state"]!.GetValue<string>());
        Assert.Equal(assignee, task["assignee"]?.GetValue<string>());
        Assert.Equal(history, await HistoryAsync(Client, taskKey));
    }

    [Theory]
    [InlineData("officer-expired")]
    [InlineData("officer-suspended")]
    [InlineData("officer-revoked")]
    [InlineData("officer-hired")]
    public async Task Without_a_valid_certificate_or_as_non_permanent_staff_one_may_not_be_assigned_claim_or_be_delegated(string username)
    {
        var (_, taskKey) = await StartCaseAsync(await DeployCaseAsync());
        await ExpectViolation(Post(await As("head-amr"), $"/api/user-tasks/{taskKey}/assignment", new { assignee = username }), CertificateRule, "第四十二条");
        await ExpectViolation(Post(await As(username), $"/api/user-tasks/{taskKey}/claim"), CertificateRule, "第四十二条");
        await ExpectUnchanged(taskKey, null, ("CREATED", null));

        var officer1 = await As("officer1");
        await ExpectNoContent(Post(officer1, $"/api/user-tasks/{taskKey}/claim"));
        await ExpectViolation(Post(officer1, $"/api/user-tasks/{taskKey}/delegation", new { to = username }), CertificateRule, "第四十二条");
        await ExpectUnchanged(taskKey, "officer1", ("CREATED", null), ("CLAIMED", "officer1"));
    }

    [Theory]
    [InlineData("officer-expired")]
    [InlineData("officer-hired")]
    public async Task An_unqualified_assignee_named_by_the_model_is_refused_at_creation_and_cannot_complete(string username)
    {
        var (_, taskKey) = await StartCaseAsync(await DeployCaseAsync(), investigator: username);
        Assert.Equal([("CREATED", null), ("ASSIGNMENT_REFUSED", null)], await HistoryAsync(Client, taskKey));
        var refusal = (await Client.GetItemsAsync($"/api/user-tasks/{taskKey}/history"))[1]!["details"]!;
        Assert.Equal((username, CertificateRule), (refusal["assignee"]!.GetValue<string>(), refusal["rule"]!.GetValue<string>()));
        await ExpectDenied(Post(await As(username), $"/api/user-tasks/{taskKey}/completion"), "complete-requires-assignee");
        await ExpectViolation(Post(Client, $"/api/user-tasks/{taskKey}/completion"), CertificateRule, "第四十二条");
        await ExpectUnchanged(taskKey, null, ("CREATED", null), ("ASSIGNMENT_REFUSED", null));
    }

    [Fact]
    public async Task A_certified_permanent_officer_is_assigned_claims_and_completes()
    {
        var processId = await DeployCaseAsync();
        var (_, assigned) = await StartCaseAsync(processId);
        await ExpectNoContent(Post(await As("head-amr"), $"/api/user-tasks/{assigned}/assignment", new { assignee = "officer2" }));
        await ExpectNoContent(Post(await As("officer2"), $"/api/user-tasks/{assigned}/delegation", new { to = "officer1" }));
        await ExpectNoContent(Post(await As("officer1"), $"/api/user-tasks/{assigned}/resolution"));
        await ExpectNoContent(Post(await As("officer2"), $"/api/user-tasks/{assigned}/completion"));

        var (_, claimed) = await StartCaseAsync(processId);
        await ExpectNoContent(Post(await As("officer1"), $"/api/user-tasks/{claimed}/claim"));
        await ExpectNoContent(Post(await As("officer1"), $"/api/user-tasks/{claimed}/completion"));
        Assert.Equal(("COMPLETED", "officer1"), (await HistoryAsync(Client, claimed))[^1]);
    }

    [Fact]
    public async Task The_investigator_is_refused_as_reviewer_and_a_different_officer_reviews()
    {
        var (instance, investigate) = await StartCaseAsync(await DeployCaseAsync());
        var officer1 = await As("officer1");
        var officer2 = await As("officer2");
        await ExpectNoContent(Post(officer1, $"/api/user-tasks/{investigate}/claim"));
        await ExpectNoContent(Post(officer1, $"/api/user-tasks/{investigate}/completion"));
        var review = await OpenTaskAsync(instance);
        Assert.NotEqual(investigate, review);

        await ExpectViolation(Post(officer1, $"/api/user-tasks/{review}/claim"), SeparationRule, "第五十八条");
        await ExpectViolation(Post(await As("head-amr"), $"/api/user-tasks/{review}/assignment", new { assignee = "officer1" }), SeparationRule, "第五十八条");
        await ExpectUnchanged(review, null, ("CREATED", null));

        await ExpectNoContent(Post(officer2, $"/api/user-tasks/{review}/claim"));
        await ExpectViolation(Post(officer2, $"/api/user-tasks/{review}/delegation", new { to = "officer1" }), SeparationRule, "第五十八条");
        await ExpectUnchanged(review, "officer2", ("CREATED", null), ("CLAIMED", "officer2"));
        await ExpectNoContent(Post(officer2, $"/api/user-tasks/{review}/completion"));
        Assert.Equal(("COMPLETED", "officer2"), (await HistoryAsync(Client, review))[^1]);
    }

    [Fact]
    public async Task An_investigator_named_reviewer_by_the_model_is_refused_when_the_review_is_created()
    {
        var (instance, investigate) = await StartCaseAsync(await DeployCaseAsync(), investigator: "officer1", reviewer: "officer1");
        var officer1 = await As("officer1");
        await ExpectNoContent(Post(officer1, $"/api/user-tasks/{investigate}/completion"));
        var review = await OpenTaskAsync(instance);
        var refusal = (await Client.GetItemsAsync($"/api/user-tasks/{review}/history"))[1]!["details"]!;
        Assert.Equal(("officer1", SeparationRule), (refusal["assignee"]!.GetValue<string>(), refusal["rule"]!.GetValue<string>()));
        await ExpectViolation(Post(officer1, $"/api/user-tasks/{review}/claim"), SeparationRule, "第五十八条");
        await ExpectUnchanged(review, null, ("CREATED", null), ("ASSIGNMENT_REFUSED", null));
    }

    [Fact]
    public async Task Misspelt_rule_headers_are_refused_at_deployment_naming_the_element_and_nothing_is_stored()
    {
        var id = UniqueProcessId("bad-rules");
        var before = await Client.CountStoredAsync();
        var response = await Client.DeployRawAsync(($"{id}.bpmn", TestModels.Process(id, $"""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="investigate" />
            {RuleTask("investigate", "调查取证", "=investigator", """<zeebe:header key="requiredOfficers" value="two" />""")}
            <bpmn:sequenceFlow id="f2" sourceRef="investigate" targetRef="review" />
            {RuleTask("review", "法制审核", "=reviewer", """<zeebe:header key="requiresCertificate" value="yes" /><zeebe:header key="excludePerformersOf" value="start" /><zeebe:header key="disputePositions" value="[unitPosition]" />""")}
            <bpmn:sequenceFlow id="f3" sourceRef="review" targetRef="end" />
            <bpmn:endEvent id="end" />
            """)));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsArray().Select(e => (e!["elementId"]!.GetValue<string>(), e["message"]!.GetValue<string>())).ToList();
        Assert.Contains(errors, e => e.Item1 == "investigate" && e.Item2.Contains("requiredOfficers", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Item1 == "review" && e.Item2.Contains("requiresCertificate", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Item1 == "review" && e.Item2.Contains("「start」", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Item1 == "review" && e.Item2.Contains("disputePositions", StringComparison.Ordinal));
        Assert.Equal(before, await Client.CountStoredAsync());
    }

    [Fact]
    public async Task A_rule_name_no_module_registered_is_refused_at_deployment_naming_the_element_and_the_rule()
    {
        var id = UniqueProcessId("unknown-rule");
        var before = await Client.CountStoredAsync();
        var response = await Client.DeployRawAsync(($"{id}.bpmn", TestModels.Process(id, $"""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
            {RuleTask("review", "法制审核", "=reviewer", """<zeebe:header key="assignmentRules" value="separation-of-duties, no-such-rule" />""")}
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end" />
            <bpmn:endEvent id="end" />
            """)));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        var error = Assert.Single(problem["errors"]!.AsArray());
        Assert.Equal("review", error!["elementId"]!.GetValue<string>());
        Assert.Contains("「no-such-rule」", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await Client.CountStoredAsync());
    }

    [Fact]
    public async Task A_rule_named_in_the_assignmentRules_header_applies_like_its_own_header()
    {
        var id = UniqueProcessId("named-rule");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.Process(id, $"""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="investigate" />
            {RuleTask("investigate", "调查取证", "=investigator", """<zeebe:header key="assignmentRules" value="valid-enforcement-certificate" />""")}
            <bpmn:sequenceFlow id="f2" sourceRef="investigate" targetRef="end" />
            <bpmn:endEvent id="end" />
            """)));
        var (_, taskKey) = await StartCaseAsync(id);
        await ExpectViolation(Post(await As("officer-expired"), $"/api/user-tasks/{taskKey}/claim"), CertificateRule, "第四十二条");
        await ExpectUnchanged(taskKey, null, ("CREATED", null));
        await ExpectNoContent(Post(await As("officer1"), $"/api/user-tasks/{taskKey}/claim"));
    }
}
