using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Workflows;

/// <summary>公示 (workflows/disclosure.bpmn) of a penalty decided on 2025-09-26: due 7 working days later (2025-10-13, across
/// National Day), published with the party's name masked, revoked on 2025-09-30 and withdrawn within 3 working days
/// (2025-10-11, a make-up Saturday).</summary>
public abstract class DisclosureWithdrawalScenarioTests(BpmServerFactory factory)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly ScenarioDriver driver = new(factory);

    [Fact]
    public async Task A_published_penalty_that_is_revoked_is_withdrawn_within_three_working_days_across_the_holiday()
    {
        await driver.SetClockAsync(new DateTimeOffset(2025, 9, 26, 10, 0, 0, China));
        const string caseNumber = "豫郑市监罚〔2025〕15号";
        var key = await driver.StartAsync("disclosure", DisclosureCase.Variables(caseNumber, "Penalty", "2025-09-26"), caseNumber);

        var prepare = await driver.OpenTaskAsync(key, "prepare");
        Assert.Equal(new DateTimeOffset(2025, 10, 13, 23, 59, 59, China), prepare.DueDate());
        await driver.CompleteAsync("zhangwei", key, "prepare", DisclosureCase.FormValues("Penalty", "2025-09-26"));
        var publish = (await driver.AgencyMessagesAsync(caseNumber, "disclosure.publish.v1", 1)).Single();
        Assert.Equal("张*", publish["body"]!["partyName"]!.GetValue<string>());
        Assert.Equal("disclosure.acknowledged.v1", publish["reply"]!["name"]!.GetValue<string>());
        await driver.WaitForCompletionOfAsync(key, "recordPublished");
        Assert.True((await driver.VariablesAsync(key))["publishedInTime"]!.GetValue<bool>());

        await driver.SetClockAsync(new DateTimeOffset(2025, 9, 30, 10, 0, 0, China));
        await driver.PublishAsync("disclosure.decision-revoked", caseNumber, new { withdrawReason = "Revoked", groundsDocumentNumber = "郑政复决字〔2025〕88号" });
        var withdraw = await driver.OpenTaskAsync(key, "withdraw");
        Assert.Equal(new DateTimeOffset(2025, 10, 11, 10, 0, 0, China), withdraw.DueDate());

        await driver.SetClockAsync(new DateTimeOffset(2025, 10, 10, 15, 0, 0, China));
        await driver.CompleteAsync("zhangwei", key, "withdraw",
            new { withdrawReason = "Revoked", groundsDocumentNumber = "郑政复决字〔2025〕88号", withdrawRemarks = "行政复议决定撤销原处罚决定" });

        await driver.WaitForStateAsync(key, "COMPLETED");
        var sent = (await driver.AgencyMessagesAsync(caseNumber, "disclosure.withdraw.v1", 1)).Single();
        Assert.Equal("Revoked", sent["body"]!["reason"]!.GetValue<string>());
        Assert.Equal(publish["body"]!["entryId"]!.GetValue<string>(), sent["body"]!["entryId"]!.GetValue<string>());
        Assert.True((await driver.VariablesAsync(key))["withdrawnInTime"]!.GetValue<bool>());
        var path = await driver.CompletedElementsAsync(key);
        Assert.Contains("withdrawnEnd", path);
        Assert.DoesNotContain("withdrawEscalate", path);
    }
}
