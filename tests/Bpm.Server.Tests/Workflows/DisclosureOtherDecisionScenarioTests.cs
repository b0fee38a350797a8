using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Workflows;

/// <summary>公示 of an other enforcement decision (category <c>Other</c>): due 20 working days after the decision date, not 7.
/// Decided on 2025-09-26: the make-up Sunday 2025-09-28 counts, National Day (1–8 October) does not, the make-up Saturday
/// 2025-10-11 counts, so the 20th working day is 2025-10-30.</summary>
public abstract class DisclosureOtherDecisionScenarioTests(BpmServerFactory factory)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly ScenarioDriver driver = new(factory);

    [Fact]
    public async Task An_other_decision_is_due_for_publication_twenty_working_days_after_the_decision()
    {
        await driver.SetClockAsync(new DateTimeOffset(2025, 9, 26, 10, 0, 0, China));
        const string caseNumber = "豫郑市监强〔2025〕3号";
        var key = await driver.StartAsync("disclosure", DisclosureCase.Variables(caseNumber, "Other", "2025-09-26"), caseNumber);

        var prepare = await driver.OpenTaskAsync(key, "prepare");
        Assert.Equal(new DateTimeOffset(2025, 10, 30, 23, 59, 59, China), prepare.DueDate());
        var deadline = (await driver.VariablesAsync(key))["disclosureDeadline"]!;
        Assert.Equal(20, deadline["days"]!.GetValue<int>());
    }
}
