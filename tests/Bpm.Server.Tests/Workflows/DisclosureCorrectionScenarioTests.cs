using Bpm.Server.Tests.Infrastructure;
using Bpm.Testing;

namespace Bpm.Server.Tests.Workflows;

/// <summary>公示 of an "other" decision (20 working days), a correction request answered with disclosure.correct.v1, and the
/// end of the publication period.</summary>
public abstract class DisclosureCorrectionScenarioTests(BpmServerFactory factory)
{
    private readonly ScenarioDriver driver = new(factory);

    [Fact]
    public async Task A_correction_request_sends_the_corrected_field_and_the_entry_ends_with_its_publication_period()
    {
        var now = await driver.NextMorningAsync();
        var decided = now.ChinaDate();
        var caseNumber = $"豫郑市监罚〔2026〕{Random.Shared.Next(100000, 999999)}号";
        var until = decided.AddDays(60);
        var key = await driver.StartAsync("disclosure",
            DisclosureCase.Variables(caseNumber, "Other", decided.ToString("yyyy-MM-dd"), until.ToString("yyyy-MM-dd")), caseNumber);

        Assert.Equal(await driver.AddWorkingDaysAsync(decided, 20), (await driver.OpenTaskAsync(key, "prepare")).DueDate().ChinaDate());
        await driver.CompleteAsync("lina", key, "prepare", DisclosureCase.FormValues("Other", decided.ToString("yyyy-MM-dd")));
        await driver.WaitForCompletionOfAsync(key, "recordPublished");

        await driver.PublishAsync("disclosure.correction-requested", caseNumber, new { correctionReason = "法律依据条款录入不完整" });
        await driver.CompleteAsync("lina", key, "correct", new
        {
            correctedField = "legalBasis", correctedOldValue = "《中华人民共和国食品安全法》第一百二十四条",
            correctedNewValue = "《中华人民共和国食品安全法》第一百二十四条第一款", correctionReason = "法律依据条款录入不完整",
        });
        var correct = (await driver.AgencyMessagesAsync(caseNumber, "disclosure.correct.v1", 1)).Single();
        var field = correct["body"]!["correctedFields"]![0]!;
        Assert.Equal("legalBasis", field["field"]!.GetValue<string>());
        Assert.Equal("《中华人民共和国食品安全法》第一百二十四条第一款", field["newValue"]!.GetValue<string>());
        await driver.WaitForCompletionOfAsync(key, "corrected");
        Assert.Equal("ACTIVE", (await driver.InstanceAsync(key))["state"]!.GetValue<string>());

        await driver.SetClockAsync(new DateTimeOffset(until.ToDateTime(new TimeOnly(23, 59, 59)), TestClock.China).AddMinutes(1));
        await driver.WaitForStateAsync(key, "COMPLETED");
        var path = await driver.CompletedElementsAsync(key);
        Assert.Equal(["correctionRequested", "expired"], path.Where(id => id is "correctionRequested" or "expired" or "revoked"));
    }
}
