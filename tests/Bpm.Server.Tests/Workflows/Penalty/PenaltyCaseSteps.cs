using System.Net;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Workflows.Penalty;

/// <summary>The steps of 行政处罚一般程序 (workflows/administrative-penalty.bpmn) as the demo people take them: 张伟 and 李娜
/// investigate (执法稽查处), 马建国 decides as head, 杨帆 hosts hearings, 周敏 reviews.</summary>
public sealed class PenaltyCaseSteps(ScenarioDriver driver)
{
    public const string Investigator = "zhangwei";
    public const string SecondOfficer = "lina";
    public const string Head = "majianguo";
    public const string HearingHost = "yangfan";
    public const string Reviewer = "zhoumin";
    public const string InspectionUnit = "410100-SCJGJ-ZFJCC";

    public async Task<string> RegisterAsync(string partyKind = "LegalPerson", string partyName = "郑州某食品有限公司")
    {
        var key = await driver.StartAsync("administrative-penalty", new { organisationId = InspectionUnit }, $"案源-{Guid.NewGuid():N}"[..20]);
        await driver.CompleteAsync(Investigator, key, "register", new
        {
            caseSource = "inspection", partyKind, partyName, partyCreditCode = "91410100MA44XXXX0X",
            clueSummary = "监督检查发现当事人销售超过保质期的食品",
        });
        return key;
    }

    public Task FileAsync(string key, string decision = "approve") =>
        driver.CompleteAsync(Head, key, "fileApproval", new { filingDecision = decision, filingOpinion = decision == "approve" ? "符合立案条件，同意立案" : "违法事实不成立，不予立案" });

    /// <summary>Two certified officers confirm the investigation; the first completes it (with its audio-video records).</summary>
    public async Task InvestigateAsync(string key)
    {
        await ConfirmInvestigationAsync(key);
        await driver.CompleteAsync(Investigator, key, "investigate", Findings);
    }

    public static object Findings => new { investigationFindings = "当事人销售超过保质期的食品共计120件", evidenceSummary = "现场检查笔录、询问笔录、进货单据" };

    /// <summary>The first officer claims the investigation and both certified officers confirm it: the task's key.</summary>
    public async Task<string> ConfirmInvestigationAsync(string key)
    {
        var task = await driver.OpenTaskAsync(key, "investigate");
        var taskKey = task["userTaskKey"].Key();
        var investigator = await driver.AsAsync(Investigator);
        Assert.Equal(HttpStatusCode.NoContent, (await investigator.PostAsync($"/api/user-tasks/{taskKey}/claim", null)).StatusCode);
        foreach (var officer in new[] { Investigator, SecondOfficer })
        {
            var confirmed = await (await driver.AsAsync(officer)).PostAsync($"/api/user-tasks/{taskKey}/confirmation", null);
            Assert.True(confirmed.StatusCode == HttpStatusCode.NoContent, $"{officer} confirming: {await confirmed.Content.ReadAsStringAsync()}");
        }
        return taskKey;
    }

    public Task ConcludeAsync(string key, decimal fine, string penaltyKind = "Fine", string outcome = "penalty") =>
        driver.CompleteAsync(Investigator, key, "conclude", new
        {
            proposedOutcome = outcome, penaltyKind, fineAmount = fine, legalBasis = "《中华人民共和国食品安全法》第一百二十四条",
            investigationReport = "事实清楚，证据确凿，建议给予行政处罚",
        });

    /// <summary>A major case (a fine of 1,000,000 yuan) investigated, concluded and agreed by the legal review: the notice is next.</summary>
    public async Task<string> MajorCaseReviewedAsync()
    {
        var key = await RegisterAsync();
        await FileAsync(key);
        await InvestigateAsync(key);
        await ConcludeAsync(key, 1_000_000);
        var review = await driver.WaitForChildAsync(key, "legal-review");
        await driver.CompleteAsync(Reviewer, review, "review", new { reviewConclusion = "agree", reviewOpinion = "同意" });
        return key;
    }

    /// <summary>The notice served on <paramref name="servedOn"/>; the party answers at once, so a party not asking for a hearing
    /// has waived its rights in writing (行政处罚法 第六十二条: no decision before the window ends otherwise).</summary>
    public async Task NotifyAsync(string key, bool hearingRequested, DateOnly servedOn)
    {
        await driver.CompleteAsync(Investigator, key, "notify", new { noticeServedOn = servedOn.ToString("yyyy-MM-dd") });
        await driver.CompleteAsync(Investigator, key, "partyResponse", new { hearingRequested = hearingRequested ? "yes" : "no", statementSummary = "当事人无异议", rightsWaived = !hearingRequested });
    }

    /// <summary>The 组织听证 form as 杨帆 fills it after hosting a hearing noticed on <paramref name="noticeOn"/> and held on
    /// <paramref name="heldOn"/>.</summary>
    public static Dictionary<string, object?> HearingHeld(DateOnly noticeOn, DateOnly heldOn) => new()
    {
        ["hearingNoticeOn"] = noticeOn.ToString("yyyy-MM-dd"), ["hearingHeldOn"] = heldOn.ToString("yyyy-MM-dd"),
        ["hearingHost"] = HearingHost, ["hearingParticipants"] = "当事人委托代理人王某；调查人员张伟、李娜；记录人刘洋",
        ["partyStatements"] = "当事人对违法事实无异议，称系首次违法，请求从轻处罚",
        ["hearingRecord"] = "当事人对违法事实无异议，请求从轻处罚", ["hearingReport"] = "建议维持拟处罚意见",
    };

    public Task HeadReviewAsync(string key, string decisionKind = "penalty") =>
        driver.CompleteAsync(Head, key, "headReview", new { decisionKind, complexCase = false, headOpinion = "同意承办机构意见" });

    public Task DecideAsync(string key, decimal fine, DateOnly decisionDate, string penaltyKind = "Fine") =>
        driver.CompleteAsync(Investigator, key, "decide", new
        {
            decisionNumber = $"郑市监罚字〔2026〕{key[^4..]}号", penaltyKind, fineAmount = fine,
            decisionSummary = "销售超过保质期的食品，没收违法所得并处罚款。", decisionDate = decisionDate.ToString("yyyy-MM-dd"),
        });

    public Task ServeAsync(string key, DateOnly servedOn) =>
        driver.CompleteAsync(Investigator, key, "serve", new { servedOn = servedOn.ToString("yyyy-MM-dd"), serviceMethod = "direct" });

    /// <summary>A minor case fined <paramref name="fine"/> yuan, decided and served on <paramref name="today"/>: waiting for payment.</summary>
    public async Task<string> FineServedAsync(decimal fine, DateOnly today, string partyKind = "LegalPerson", string partyName = "郑州某食品有限公司")
    {
        var key = await RegisterAsync(partyKind, partyName);
        await FileAsync(key);
        await InvestigateAsync(key);
        await ConcludeAsync(key, fine);
        await NotifyAsync(key, hearingRequested: false, today);
        await HeadReviewAsync(key);
        await DecideAsync(key, fine, today);
        await ServeAsync(key, today);
        return key;
    }

    public async Task CloseAndArchiveAsync(string key)
    {
        await driver.CompleteAsync(Investigator, key, "close", new { closingReport = "处罚决定已履行完毕，报请结案" });
        await driver.CompleteAsync(Investigator, key, "archive", new { archiveNumber = ArchiveNumber(key), archiveVolumes = 2, archivedBy = "张伟", archiveCheckedBy = "杨帆" });
        await driver.WaitForCompletionOfAsync(key, "archived");
    }

    public static string ArchiveNumber(string key) => $"WS-2026-{key[^4..]}";

    public async Task<string> CaseNumberAsync(string key) => (await driver.VariablesAsync(key))["caseNumber"]!.GetValue<string>();

    public async Task<JsonObject> DeadlineAsync(string key, string name) => (await driver.VariablesAsync(key))["deadlines"]![name]!.AsObject();
}
