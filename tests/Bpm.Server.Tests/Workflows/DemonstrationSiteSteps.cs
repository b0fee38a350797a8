namespace Bpm.Server.Tests.Workflows;

/// <summary>The steps of 示范点培育 (workflows/demonstration-site-cycle.bpmn) as the area head, the units and the justice
/// bureau's supervisor take them, shared by the cycle's scenario and rule tests.</summary>
internal sealed class DemonstrationSiteSteps(ScenarioDriver driver)
{
    public const string Head = "majianguo";
    public const string Supervisor = "guoxiaoyan";
    public static readonly string[] AcceptanceTasks = ["hearReport", "reviewRecords", "fieldTest", "siteVisit"];

    public static string Area(string prefix) => $"{prefix}-{Random.Shared.Next(100000, 999999)}";

    /// <summary>The seven acceptance standards as 形成验收结论 records them, all met or the named one unmet.</summary>
    public static Dictionary<string, object> Standards(string? unmet = null) => new[]
    {
        "verifiedLawfulEntity", "verifiedClearPowers", "verifiedStandardEnforcement", "verifiedEffectiveSupervision",
        "verifiedAccountability", "verifiedTraining", "verifiedPublicSatisfaction",
    }.ToDictionary(k => k, k => (object)(k == unmet ? "unmet" : "met"));

    public async Task SelectAsync(string key, int yes, int no)
    {
        for (var i = 0; i < yes + no; i++)
            await driver.CompleteAsync(Head, key, "select",
                new { selected = i < yes ? "yes" : "no", selectionReason = i < yes ? "执法基础较好" : "条件尚不具备" });
    }

    public async Task SelfInspectAsync(string key, int units)
    {
        for (var i = 0; i < units; i++)
            await driver.CompleteAsync("zhangwei", key, "selfInspect", new
            {
                standardLawfulEntity = "met", standardClearPowers = "met", standardStandardEnforcement = "met", standardEffectiveSupervision = "met",
                standardAccountability = "met", standardTraining = i == 0 ? "unmet" : "met", standardPublicSatisfaction = "met",
                selfInspectionReport = "对照七项标准逐项自查",
            });
    }

    public Task RecommendAsync(string key, string unit, string organisationId = "410100-SCJGJ-ZFJCC") =>
        driver.CompleteAsync(Head, key, "recommend", new { recommendedUnit = unit, recommendedOrganisationId = organisationId, recommendationReason = "七项标准全部达标" });

    /// <summary>The four acceptance methods, each passed unless <paramref name="failed"/> names it.</summary>
    public async Task RecordAcceptanceMethodsAsync(string key, string? failed = null)
    {
        foreach (var task in AcceptanceTasks) await driver.OpenTaskAsync(key, task); // all four open at once: in parallel
        await driver.CompleteAsync(Supervisor, key, "hearReport", new { reportPassed = failed == "hearReport" ? "no" : "yes", reportFindings = "汇报全面" });
        await driver.CompleteAsync(Supervisor, key, "reviewRecords", new { recordsPassed = failed == "reviewRecords" ? "no" : "yes", recordsFindings = "抽查案卷规范" });
        await driver.CompleteAsync(Supervisor, key, "fieldTest", new { fieldTestScore = failed == "fieldTest" ? 52 : 92, fieldTestFindings = "测试平均分" });
        await driver.CompleteAsync(Supervisor, key, "siteVisit", new { visitPassed = failed == "siteVisit" ? "no" : "yes", visitFindings = "公示栏规范" });
    }

    public static Dictionary<string, object> Conclusion(string passed, string? unmet = null) =>
        new(Standards(unmet)) { ["acceptancePassed"] = passed, ["acceptanceOpinion"] = passed == "yes" ? "同意命名" : "不予命名" };
}
