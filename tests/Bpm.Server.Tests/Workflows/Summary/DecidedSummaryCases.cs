namespace Bpm.Server.Tests.Workflows.Summary;

/// <summary>Summary-procedure cases decided through the API for the discretion and annual statistics: a 价格法 Art. 42
/// case decided on the spot, where 轻微 recommends 0–1,500 yuan and 一般 1,500–3,500 yuan.</summary>
public sealed class DecidedSummaryCases(ScenarioDriver driver)
{
    private SummaryCaseSteps Steps => new(driver);

    public async Task<string> DecidedAsync(string? violation, string severity, bool organisation, string penaltyKind, decimal? fine, string? reason = null)
    {
        var key = await Steps.StartAsync();
        var inform = SummaryCaseSteps.Inform(penaltyKind, fine, organisation);
        if (violation is not null)
        {
            inform["violationType"] = violation;
            inform["severity"] = severity;
            inform["harm"] = "一般";
        }
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "inform", inform);
        var decision = SummaryCaseSteps.Decision(penaltyKind, fine, organisation);
        if (reason is not null) decision["discretionReason"] = reason;
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "decide", decision);
        await driver.OpenTaskAsync(key, "deliver");
        return key;
    }

    /// <summary>A case informed but not decided yet: it counts nowhere.</summary>
    public async Task<string> InformedAsync()
    {
        var key = await Steps.StartAsync();
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "inform", SummaryCaseSteps.Inform("Fine", 100));
        return key;
    }
}
