using Bpm.Server.Tests.Infrastructure;
using Bpm.Testing;

namespace Bpm.Server.Tests.Workflows;

/// <summary>重大行政处罚备案 (workflows/major-penalty-filing.bpmn) with the simulated justice bureau answering.</summary>
public abstract class MajorPenaltyFilingScenarioTests(BpmServerFactory factory)
{
    private readonly ScenarioDriver driver = new(factory);

    private static object Filing(string caseNumber, string decisionDate, int? filingDays = null) => new
    {
        caseNumber, decisionNumber = "郑市监罚字〔2026〕15号", penaltyKinds = new[] { "Fine" }, fineAmount = 150000,
        partyKind = "LegalPerson", partyName = "郑州某食品有限公司", majorGrounds = new[] { "LargeFine" }, decisionDate, filingDays,
        documents = new[] { new { title = "行政处罚决定书", fileName = "decision.pdf", sizeBytes = 182344, sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" } },
    };

    private static string CaseNumber(string suffix = "") => $"豫郑市监罚〔2026〕{Random.Shared.Next(100000, 999999)}号{suffix}";

    [Fact]
    public async Task A_filing_made_in_time_is_acknowledged()
    {
        var decided = (await driver.NextMorningAsync()).ChinaDate();
        var caseNumber = CaseNumber();
        var key = await driver.StartAsync("major-penalty-filing", Filing(caseNumber, decided.ToString("yyyy-MM-dd")), caseNumber);

        var due = (await driver.OpenTaskAsync(key, "prepare")).DueDate().ChinaDate();
        Assert.Equal(await FirstWorkingDayFromAsync(decided.AddDays(15)), due);
        await driver.CompleteAsync("zhangwei", key, "prepare", new { materialsChecked = true });

        await driver.WaitForStateAsync(key, "COMPLETED");
        var variables = await driver.VariablesAsync(key);
        Assert.False(variables["filedLate"]!.GetValue<bool>());
        Assert.StartsWith("郑司备", variables["filingNumber"]!.GetValue<string>());
        var filing = (await driver.AgencyMessagesAsync(caseNumber, "major-penalty.filing.v1", 1)).Single();
        Assert.Equal(150000m, filing["body"]!["fineAmount"]!.GetValue<decimal>());
        Assert.Contains("filed", await driver.CompletedElementsAsync(key));
    }

    [Fact]
    public async Task A_correction_opinion_is_answered_and_the_filing_made_again_is_acknowledged()
    {
        var decided = (await driver.NextMorningAsync()).ChinaDate();
        var caseNumber = CaseNumber("-C");
        var key = await driver.StartAsync("major-penalty-filing", Filing(caseNumber, decided.ToString("yyyy-MM-dd")), caseNumber);
        await driver.CompleteAsync("zhangwei", key, "prepare", new { materialsChecked = true });

        var answer = await driver.OpenTaskAsync(key, "answer");
        var variables = await driver.VariablesAsync(key);
        Assert.Equal(DateOnly.Parse(variables["replyDeadline"]!.GetValue<string>()), answer.DueDate().ChinaDate());
        Assert.StartsWith("郑司纠", variables["opinionNumber"]!.GetValue<string>());
        await driver.CompleteAsync("zhangwei", key, "answer", new { correctionAnswer = "已补充裁量基准条目说明", correctionMeasures = "补正处罚决定书说理部分" });

        await driver.WaitForStateAsync(key, "COMPLETED");
        Assert.Equal(2, (await driver.VariablesAsync(key))["filingRounds"]!.GetValue<int>());
        var filings = await driver.AgencyMessagesAsync(caseNumber, "major-penalty.filing.v1", 2);
        // Both filings reach the bureau at the same pinned instant, so the journal's order says nothing; the path below does.
        Assert.Equal(["major-penalty.acknowledged.v1", "major-penalty.correction-opinion.v1"], filings.Select(f => f["reply"]!["name"]!.GetValue<string>()).Order());
        var path = await driver.CompletedElementsAsync(key);
        Assert.Equal(["opinion", "acknowledged"], path.Where(id => id is "opinion" or "acknowledged"));
    }

    [Fact]
    public async Task A_filing_not_made_by_the_deadline_raises_the_late_filing_escalation_to_the_head()
    {
        var decided = (await driver.NextMorningAsync()).ChinaDate();
        var caseNumber = CaseNumber();
        var key = await driver.StartAsync("major-penalty-filing", Filing(caseNumber, decided.ToString("yyyy-MM-dd"), filingDays: 3), caseNumber);
        var due = (await driver.OpenTaskAsync(key, "prepare")).DueDate();

        await driver.SetClockAsync(due.AddHours(1));
        var supervise = await driver.OpenTaskAsync(key, "filingSupervise");
        Assert.Equal(["zz-scjg-leaders"], supervise["candidateGroups"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.Contains("filingEscalate", await driver.CompletedElementsAsync(key));

        await driver.CompleteAsync("zhangwei", key, "prepare", new { materialsChecked = true, filingNote = "逾期报送，已说明原因" });
        await driver.WaitForCompletionOfAsync(key, "filed");
        Assert.True((await driver.VariablesAsync(key))["filedLate"]!.GetValue<bool>());
        await driver.CompleteAsync("majianguo", key, "filingSupervise", new { supervisionNote = "通报批评，限期说明迟报原因" });
        await driver.WaitForStateAsync(key, "COMPLETED");
    }

    private async Task<DateOnly> FirstWorkingDayFromAsync(DateOnly day)
    {
        var admin = await driver.AdminAsync();
        var days = await admin.GetFromJsonArrayAsync($"/api/calendar/days?from={day:yyyy-MM-dd}&to={day.AddDays(20):yyyy-MM-dd}");
        return DateOnly.Parse(days.First(d => d!["kind"]!.GetValue<string>() is "WORKDAY" or "MAKEUP_WORKDAY")!["date"]!.GetValue<string>());
    }
}
