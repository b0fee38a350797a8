using System.Net;
using System.Net.Http.Json;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Testing;

namespace Bpm.Server.Tests.Workflows;

/// <summary>法制审核 (workflows/legal-review.bpmn) driven by the demo people: 周敏 reviews (法规处), 张伟 answers for the handling
/// unit (执法稽查处), 马建国 decides as head.</summary>
public abstract class LegalReviewScenarioTests(BpmServerFactory factory)
{
    private const string Reviewer = "zhoumin";
    private const string Officer = "zhangwei";
    private const string Head = "majianguo";
    private readonly ScenarioDriver driver = new(factory);

    private static string CaseNumber() => $"豫郑市监罚〔2026〕{Random.Shared.Next(100000, 999999)}号";

    [Fact]
    public async Task Accepted_at_the_first_review_passes_with_one_round_and_a_ten_working_day_deadline()
    {
        var started = await driver.NextMorningAsync();
        var key = await driver.StartAsync("legal-review", new { caseNumber = CaseNumber() }, CaseNumber());

        var review = await driver.OpenTaskAsync(key, "review");
        Assert.Equal(await driver.AddWorkingDaysAsync(started.ChinaDate(), 10), review.DueDate().ChinaDate());
        Assert.Equal(["zz-scjg-fazhi"], review["candidateGroups"]!.AsArray().Select(g => g!.GetValue<string>()));
        await driver.CompleteAsync(Reviewer, key, "review", new { reviewConclusion = "agree", reviewOpinion = "事实清楚，证据确凿，适用依据正确，程序合法。" });

        await driver.WaitForStateAsync(key, "COMPLETED");
        var variables = await driver.VariablesAsync(key);
        Assert.True(variables["reviewPassed"]!.GetValue<bool>());
        Assert.Equal("同意", variables["reviewOutcome"]!.GetValue<string>());
        Assert.Equal(1, variables["reviewRounds"]!.GetValue<int>());
        var path = await driver.CompletedElementsAsync(key);
        Assert.Contains("passed", path);
        Assert.DoesNotContain("correct", path);
    }

    [Fact]
    public async Task Rejected_twice_then_accepted_counts_three_rounds()
    {
        await driver.NextMorningAsync();
        var key = await driver.StartAsync("legal-review", new { caseNumber = CaseNumber() }, CaseNumber());

        for (var round = 1; round <= 2; round++)
        {
            await driver.CompleteAsync(Reviewer, key, "review", new { reviewConclusion = "problems", reviewOpinion = $"第{round}轮：裁量理由不充分" });
            var variables = await driver.VariablesAsync(key);
            Assert.Null(variables["reviewPassed"]);
            await driver.CompleteAsync(Officer, key, "correct", new { unitResponse = "corrected", unitPosition = $"第{round}轮：已补充裁量说明" });
        }
        await driver.CompleteAsync(Reviewer, key, "review", new { reviewConclusion = "agree", reviewOpinion = "补正后符合要求" });

        await driver.WaitForStateAsync(key, "COMPLETED");
        var result = await driver.VariablesAsync(key);
        Assert.Equal(3, result["reviewRounds"]!.GetValue<int>());
        Assert.True(result["reviewPassed"]!.GetValue<bool>());
        var path = await driver.CompletedElementsAsync(key);
        Assert.Equal(3, path.Count(id => id == "review"));
        Assert.Equal(2, path.Count(id => id == "resubmit"));
    }

    [Fact]
    public async Task A_dispute_that_consultation_does_not_settle_is_decided_by_the_heads_collectively()
    {
        await driver.NextMorningAsync();
        var key = await driver.StartAsync("legal-review", new { caseNumber = CaseNumber(), organisationId = "410100-SCJGJ-ZFJCC" }, CaseNumber());
        await driver.CompleteAsync(Reviewer, key, "review", new { reviewConclusion = "problems", reviewOpinion = "应当适用从轻处罚" });
        await driver.CompleteAsync(Officer, key, "correct", new { unitResponse = "dispute", unitPosition = "当事人不具备从轻情节" });
        await driver.CompleteAsync(Officer, key, "unitConsult", new { unitStance = "maintain" });
        await driver.CompleteAsync(Reviewer, key, "reviewConsult", new { reviewStance = "maintain" });

        // The heads of 郑州市市场监督管理局 meet (collective-discussion): each votes, an attending head concludes.
        var meeting = new Penalty.CollectiveDiscussionSteps(driver);
        var held = await meeting.MeetingAsync(key);
        Assert.Null((await driver.VariablesAsync(key))["reviewPassed"]); // the hard gate: no outcome before the decision
        foreach (var head in Penalty.CollectiveDiscussionSteps.AgencyHeads) await meeting.RecordOpinionAsync(held, head, attended: true, vote: "unit");
        var (_, refused) = await driver.TryCompleteAsync(Head, held, "conclude", new { decisionKind = "review", discussionMinutes = "采纳法制审核意见" });
        Assert.Equal("collective-discussion-majority", (await refused.ReadProblemAsync(HttpStatusCode.Conflict))["rule"]!.GetValue<string>());
        await driver.CompleteAsync(Head, held, "conclude", new { decisionKind = "unit", discussionMinutes = "经集体讨论，采纳承办机构意见" });

        await driver.WaitForStateAsync(key, "COMPLETED");
        var variables = await driver.VariablesAsync(key);
        Assert.True(variables["reviewPassed"]!.GetValue<bool>());
        Assert.Equal("集体讨论决定：采纳承办机构意见", variables["reviewOutcome"]!.GetValue<string>());
        var path = await driver.CompletedElementsAsync(key);
        Assert.Contains("decidedPassed", path);
        Assert.DoesNotContain("passed", path);
        Assert.Equal("collectiveDiscussionRecord", variables["caseDocuments"]!.AsArray()[^1]!["documentType"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_missed_review_deadline_escalates_to_the_head()
    {
        await driver.NextMorningAsync();
        var key = await driver.StartAsync("legal-review", new { caseNumber = CaseNumber() }, CaseNumber());
        var due = (await driver.OpenTaskAsync(key, "review")).DueDate();

        await driver.SetClockAsync(due.AddMinutes(-1));
        await driver.WaitForCompletionOfAsync(key, "reviewWarn");
        Assert.DoesNotContain("reviewEscalate", await driver.CompletedElementsAsync(key));
        await driver.SetClockAsync(due.AddMinutes(1));
        var supervise = await driver.OpenTaskAsync(key, "reviewSupervise");
        Assert.Equal(["zz-scjg-leaders"], supervise["candidateGroups"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.Equal(90, supervise["priority"]!.GetValue<int>());
        Assert.Contains("reviewEscalate", await driver.CompletedElementsAsync(key));
        Assert.Equal("overdue", (await driver.OpenTaskAsync(key, "review"))["deadline"]!["state"]!.GetValue<string>());

        await driver.CompleteAsync(Head, key, "reviewSupervise", new { supervisionNote = "请于今日完成审核" });
        await driver.CompleteAsync(Reviewer, key, "review", new { reviewConclusion = "agree", reviewOpinion = "同意" });
        await driver.WaitForStateAsync(key, "COMPLETED");
    }

    [Fact]
    public async Task The_investigator_of_the_calling_case_may_not_review_it()
    {
        var admin = await driver.AdminAsync();
        var caller = $"legal-review-caller-{Guid.NewGuid():N}"[..30];
        await admin.DeployAsync(($"{caller}.bpmn", TestModels.Process(caller, """
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="investigate"><bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="zz-scjg-jicha" /></bpmn:extensionElements></bpmn:userTask>
            <bpmn:callActivity id="legalReview"><bpmn:extensionElements><zeebe:calledElement processId="legal-review" /></bpmn:extensionElements></bpmn:callActivity>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="investigate" />
            <bpmn:sequenceFlow id="f2" sourceRef="investigate" targetRef="legalReview" />
            <bpmn:sequenceFlow id="f3" sourceRef="legalReview" targetRef="end" />
            """)));
        var parent = await driver.StartAsync(caller, new { caseNumber = CaseNumber() }, CaseNumber());
        await driver.CompleteAsync(Officer, parent, "investigate", new { });
        var child = (await driver.WaitForChildAsync(parent, "legal-review"));
        var review = await driver.OpenTaskAsync(child, "review");

        var refused = await admin.PostAsJsonAsync($"/api/user-tasks/{review["userTaskKey"].Key()}/assignment", new { assignee = Officer });
        var problem = await refused.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("separation-of-duties", problem["rule"]!.GetValue<string>());
        await driver.CompleteAsync(Reviewer, child, "review", new { reviewConclusion = "agree", reviewOpinion = "同意" });
        await driver.WaitForStateAsync(parent, "COMPLETED");
    }
}
