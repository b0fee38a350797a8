using System.Net;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Workflows.License;

/// <summary>The steps of 行政许可 (workflows/administrative-license.bpmn) as the demo people take them: 张伟 receives and
/// examines (执法稽查处), 李娜 is the second officer of a site inspection, 马建国 approves and decides as head, 周敏 reviews.</summary>
public sealed class LicenceCaseSteps(ScenarioDriver driver)
{
    public const string Officer = "zhangwei";
    public const string SecondOfficer = "lina";
    public const string Head = "majianguo";
    public const string Reviewer = "zhoumin";

    public async Task<string> ApplyAsync(DateOnly applicationDate)
    {
        var key = await driver.StartAsync("administrative-license", new { organisationId = "410100-SCJGJ-ZFJCC" }, $"许可-{Guid.NewGuid():N}"[..20]);
        await driver.CompleteAsync(Officer, key, "register", new
        {
            applicantKind = "LegalPerson", applicantName = "郑州某餐饮管理有限公司", applicantCreditCode = "91410100MA45ABCD2Y",
            applicantAddress = "郑州市金水区经三路66号", licenceItem = "食品经营许可", applicationContent = "申请从事热食类食品制售",
            materials = "食品经营许可申请书、营业执照复印件、经营场所平面图", applicationDate = applicationDate.ToString("yyyy-MM-dd"),
        });
        return key;
    }

    public Task AcceptanceAsync(string key, string decision) =>
        driver.CompleteAsync(Officer, key, "acceptReview", decision switch
        {
            "correct" => (object)new { acceptanceDecision = decision, correctionItems = "补正经营场所平面图（标注功能间布局）" },
            "reject" => new { acceptanceDecision = decision, rejectionReason = "申请事项不属于本机关职权范围" },
            _ => new { acceptanceDecision = decision },
        });

    public Task ExamineAsync(string key, bool inspection = false, bool major = false, string? extensionReason = null) =>
        driver.CompleteAsync(Officer, key, "examine", new
        {
            examinationFindings = "申请材料齐全，符合法定形式", legalBasis = "《中华人民共和国食品安全法》第三十五条", proposedDecision = "grant",
            siteInspectionNeeded = inspection ? "yes" : "no",
            majorLicence = major ? "yes" : "no", majorReason = major ? "涉及重大公共利益" : null,
            extensionRequested = extensionReason is null ? "no" : "yes", extensionReason,
        });

    public Task DecideAsync(string key, DateOnly decisionDate, bool grant = true) =>
        driver.CompleteAsync(Head, key, "decide", grant
            ? new
            {
                licenceDecision = "grant", decisionNumber = $"郑市监许准〔2026〕{key[^4..]}号", decisionDate = decisionDate.ToString("yyyy-MM-dd"),
                licenceContent = "热食类食品制售", validUntil = decisionDate.AddYears(5).ToString("yyyy-MM-dd"),
            }
            : (object)new
            {
                licenceDecision = "refuse", decisionNumber = $"郑市监许不〔2026〕{key[^4..]}号", decisionDate = decisionDate.ToString("yyyy-MM-dd"),
                refusalReasons = "经营场所与有毒、有害场所的距离不符合要求",
            });

    public Task ServeAsync(string key, DateOnly servedOn, bool grant = true) =>
        driver.CompleteAsync(Officer, key, "serve", grant
            ? new { servedOn = servedOn.ToString("yyyy-MM-dd"), serviceMethod = "direct", certificateNumber = "JY14101050012345" }
            : (object)new { servedOn = servedOn.ToString("yyyy-MM-dd"), serviceMethod = "direct" });

    public async Task ArchiveAsync(string key)
    {
        await driver.CompleteAsync(Officer, key, "archive", new { archiveNumber = $"XK-2026-{key[^4..]}", archiveVolumes = 1 });
        await driver.WaitForCompletionOfAsync(key, "archived");
    }

    public async Task<JsonObject> DeadlineAsync(string key, string name) => (await driver.VariablesAsync(key))["deadlines"]![name]!.AsObject();


    /// <summary>Both officers confirm the site inspection (行政许可法第三十四条), then the first completes it (with its
    /// audio-video records).</summary>
    public async Task InspectAsync(string key, DateOnly on)
    {
        await ConfirmInspectionAsync(key);
        await driver.CompleteAsync(Officer, key, "siteInspection", Inspection(on));
    }

    public static object Inspection(DateOnly on) => new
    {
        inspectedOn = on.ToString("yyyy-MM-dd"), inspectionRecord = "经营场所布局与平面图一致", inspectionResult = "consistent",
    };

    /// <summary>The first officer claims the site inspection and both confirm it: the task's key.</summary>
    public async Task<string> ConfirmInspectionAsync(string key)
    {
        var task = await driver.OpenTaskAsync(key, "siteInspection");
        var taskKey = task["userTaskKey"].Key();
        Assert.Equal(HttpStatusCode.NoContent, (await (await driver.AsAsync(Officer)).PostAsync($"/api/user-tasks/{taskKey}/claim", null)).StatusCode);
        foreach (var officer in new[] { Officer, SecondOfficer })
        {
            var confirmed = await (await driver.AsAsync(officer)).PostAsync($"/api/user-tasks/{taskKey}/confirmation", null);
            Assert.True(confirmed.StatusCode == HttpStatusCode.NoContent, $"{officer} confirming: {await confirmed.Content.ReadAsStringAsync()}");
        }
        return taskKey;
    }
}
