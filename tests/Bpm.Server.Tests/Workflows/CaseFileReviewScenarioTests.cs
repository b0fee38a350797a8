using Bpm.Server.Tests.Infrastructure;
using Bpm.Testing;

namespace Bpm.Server.Tests.Workflows;

/// <summary>案卷评查 (workflows/case-file-review.bpmn): three closed cases of 法规处 are sampled, scored 92, 85 and 55; the
/// results are published, the failing file gets a rectification notice and is rectified, and its score below 60 triggers
/// the choice of an accountability measure.</summary>
public abstract class CaseFileReviewScenarioTests(BpmServerFactory factory)
{
    private readonly ScenarioDriver driver = new(factory);
    private const string Unit = "410100-SCJGJ-FGC";

    /// <summary>A closed case of the unit: a legal review agreed at once.</summary>
    private async Task<string> ClosedCaseAsync(int n)
    {
        var number = $"FZSH-{Random.Shared.Next(100000, 999999)}-{n}";
        var key = await driver.StartAsync("legal-review", new { caseNumber = number, organisationId = Unit }, number);
        await driver.CompleteAsync("zhoumin", key, "review", new { reviewConclusion = "agree", reviewOpinion = "符合要求" });
        await driver.WaitForStateAsync(key, "COMPLETED");
        return number;
    }

    [Fact]
    public async Task Sampled_files_are_scored_published_and_the_failing_one_is_rectified_and_triggers_accountability()
    {
        var today = (await driver.NextMorningAsync()).ChinaDate().ToString("yyyy-MM-dd");
        var closed = new List<string>();
        for (var n = 1; n <= 3; n++) closed.Add(await ClosedCaseAsync(n));

        var key = await driver.StartAsync("case-file-review", new
        {
            reviewName = $"{today} 法规处案卷评查", reviewedUnit = Unit, reviewedProcesses = new[] { "legal-review" },
            closedFrom = today, closedTo = today, sampleSize = 3,
        }, $"AJPC-{Random.Shared.Next(100000, 999999)}");

        int[] scores = [92, 85, 55];
        foreach (var score in scores)
            await driver.CompleteAsync("guoxiaoyan", key, "score", new { caseScore = score, caseProblems = score < 80 ? "证据不足，文书不规范" : "无" });
        var variables = await driver.VariablesAsync(key);
        Assert.Equal(3, variables["populationSize"]!.GetValue<int>());
        Assert.Equal(closed.Order(), variables["sampledCases"]!.AsArray().Select(c => c!["businessKey"]!.GetValue<string>()).Order());
        Assert.Equal(3, variables["scores"]!.AsArray().Count);
        Assert.Equal(77.33m, Math.Round(variables["grading"]!["average"]!.GetValue<decimal>(), 2));

        await driver.CompleteAsync("guoxiaoyan", key, "publish", new { resultNumber = "郑司评〔2026〕3号", resultSummary = "抽查3卷，1卷不合格" });
        var failing = (await driver.VariablesAsync(key))["failingFiles"]!.AsArray();
        Assert.Equal(55, Assert.Single(failing)!["score"]!.GetValue<int>());
        await driver.CompleteAsync("guoxiaoyan", key, "notice", new { noticeNumber = "郑司评改〔2026〕1号", rectificationRequirement = "补充证据，规范文书" });
        await driver.CompleteAsync("zhangwei", key, "rectify", new { rectificationReport = "已补充证据并重新制作文书" });
        await driver.CompleteAsync("guoxiaoyan", key, "accountability", new { accountabilityMeasure = "criticism", accountabilityReason = "案卷评查不合格" });

        var done = await driver.WaitForStateAsync(key, "COMPLETED");
        Assert.Single(done["variables"]!["rectifications"]!.AsArray());
        Assert.Contains("accountability", await driver.CompletedElementsAsync(key));
    }
}
