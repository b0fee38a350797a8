using System.Net;
using System.Net.Http.Json;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Server.Tests.Workflows.License;

namespace Bpm.Server.Tests.Workflows.Summary;

/// <summary>The small demo 简易程序 (workflows/simple-penalty.bpmn) applies the discretion benchmark of the violation named at
/// the start too: evaluated before the on-the-spot decision, a fine outside the range needs a written reason (409
/// discretion-deviation-reasoned otherwise), and the case records whether it deviated.</summary>
public abstract class SimplePenaltyDiscretionScenarioTests(BpmServerFactory factory)
{
    private const string Officer = "zhangwei";
    private readonly ScenarioDriver driver = new(factory);

    /// <summary>价格法 Art. 42, 轻微 → 从轻: 0–1,500 yuan.</summary>
    private async Task<string> StartedAsync()
    {
        await driver.StartMorningAsync();
        var key = await driver.StartAsync("simple-penalty", new
        {
            party = "郑州某商贸有限公司", violationType = "price-unmarked", severity = "轻微", harm = "一般",
            firstOffence = false, corrected = false, mitigating = false,
        }, $"简易演示-{Guid.NewGuid():N}"[..20]);
        // The admin assigns the task (a candidate of the unit group zz-scjg-jicha) to the officer.
        var task = await driver.OpenTaskAsync(key, "decide_on_spot");
        var assigned = await (await driver.AdminAsync()).PostAsJsonAsync($"/api/user-tasks/{task["userTaskKey"].Key()}/assignment", new { assignee = Officer });
        Assert.Equal(HttpStatusCode.NoContent, assigned.StatusCode);
        return key;
    }

    private static Dictionary<string, object?> Decision(decimal fine, string? reason = null) => new()
    {
        ["party"] = "郑州某商贸有限公司", ["partyType"] = "organisation", ["violation"] = "经营场所商品未按规定明码标价",
        ["legalBasis"] = "《中华人民共和国价格法》第四十二条", ["penaltyType"] = "fine", ["fineAmount"] = fine,
        ["rightsInformed"] = new[] { "statement", "reconsideration", "litigation" }, ["decidedOn"] = "2026-12-07",
        ["discretionReason"] = reason,
    };

    [Fact]
    public async Task A_fine_within_the_range_is_decided_without_a_reason()
    {
        var key = await StartedAsync();
        Assert.Equal(1500m, (await driver.VariablesAsync(key))["discretionBenchmark"]!["maxFine"]!.GetValue<decimal>());
        await driver.CompleteAsync(Officer, key, "decide_on_spot", Decision(1200));
        await driver.OpenTaskAsync(key, "head_confirms");
        Assert.False((await driver.VariablesAsync(key))["discretionDeviation"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_fine_outside_the_range_with_a_written_reason_is_decided_and_recorded_as_a_deviation()
    {
        var key = await StartedAsync();
        await driver.CompleteAsync(Officer, key, "decide_on_spot", Decision(2800, "当事人拒不改正且多次被投诉，按幅度以上处罚"));
        await driver.OpenTaskAsync(key, "head_confirms");
        Assert.True((await driver.VariablesAsync(key))["discretionDeviation"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_fine_outside_the_range_without_a_reason_is_refused_naming_the_rule_and_the_article()
    {
        var key = await StartedAsync();
        var (_, refused) = await driver.TryCompleteAsync(Officer, key, "decide_on_spot", Decision(2800));
        var problem = await refused.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("discretion-deviation-reasoned", problem["rule"]!.GetValue<string>());
        Assert.Contains("第三十四条", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await driver.OpenTaskAsync(key, "decide_on_spot");
        Assert.Null((await driver.VariablesAsync(key))["discretionDeviation"]);
    }
}
