using System.Text.Json.Nodes;
using Bpm.Server.Identity.Demo;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Server.Tests.Workflows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bpm.Server.Tests.Demo;

/// <summary>The demo cases a newcomer finds on the embedded default: a legal review in round 2, an overdue complaint
/// escalated to the head of 执法稽查处, a published disclosure, a demonstration-site cycle in acceptance, a licence application
/// at 受理审查 and an archived summary-procedure warning; seeding again adds nothing.</summary>
public abstract class DemoCasesTests(BpmServerFactory factory)
{
    private readonly ScenarioDriver driver = new(factory);
    // The overdue sweep runs every minute on the real clock.
    private static readonly TimeSpan SweepPatience = TimeSpan.FromSeconds(150);

    private async Task<string> InstanceAsync(string processId, string businessKey)
    {
        var admin = await driver.AdminAsync();
        return await ScenarioDriver.EventuallyAsync(async () =>
            (await admin.GetItemsAsync($"/api/process-instances?bpmnProcessId={processId}&businessKey={businessKey}")).FirstOrDefault()?["processInstanceKey"]?.GetValue<string>(),
            $"demo case {businessKey}");
    }

    [Fact]
    public async Task The_demo_shows_the_six_stages_and_a_second_seeding_adds_nothing()
    {
        // Seeded last, so once it is in acceptance the other three have been started.
        var site = await InstanceAsync("demonstration-site-cycle", DemoCasesSeeder.DemonstrationSiteKey);
        foreach (var task in new[] { "hearReport", "reviewRecords", "fieldTest", "siteVisit" })
            await driver.OpenTaskAsync(site, task);

        var review = await InstanceAsync("legal-review", DemoCasesSeeder.LegalReviewKey);
        await driver.OpenTaskAsync(review, "review");
        Assert.Equal(2, (await driver.VariablesAsync(review))["reviewRounds"]!.GetValue<int>());

        var disclosure = await InstanceAsync("disclosure", DemoCasesSeeder.DisclosureKey);
        await ScenarioDriver.EventuallyAsync(async () => (await driver.VariablesAsync(disclosure))["publishedAt"] is { } at ? at : null, "the disclosure published");
        Assert.Contains("recordPublished", await driver.CompletedElementsAsync(disclosure));

        var complaint = await InstanceAsync("complaint", DemoCasesSeeder.ComplaintKey);
        var head = await driver.AsAsync("yangfan"); // head of 执法稽查处, the complaint's unit
        var escalation = await ScenarioDriver.EventuallyAsync(async () => (await head.GetItemsAsync("/api/escalations?reason=OVERDUE"))
            .Select(e => e!.AsObject()).FirstOrDefault(e => e["processInstanceKey"]?.ToString() == complaint), "the OVERDUE escalation of the demo complaint", SweepPatience);
        Assert.Equal("OPEN", escalation["state"]!.GetValue<string>());

        var licence = await InstanceAsync("administrative-license", DemoProcedureCases.LicenceKey);
        var acceptance = await driver.OpenTaskAsync(licence, "acceptReview");
        Assert.Equal("郑州某餐饮管理有限公司", (await driver.VariablesAsync(licence))["applicantName"]!.GetValue<string>());
        Assert.Equal(["zz-scjg-jicha"], acceptance["candidateGroups"]!.AsArray().Select(g => g!.GetValue<string>()));

        var summary = await InstanceAsync("administrative-penalty-summary", DemoProcedureCases.SummaryPenaltyKey);
        var done = await driver.WaitForStateAsync(summary, "COMPLETED");
        Assert.Equal("警告", done["variables"]!["summaryDecision"]!["penaltyContent"]!.GetValue<string>());
        Assert.Equal(["inform", "decide", "deliver", "recordFiling", "archive"], (await driver.CompletedElementsAsync(summary))
            .Where(id => id is "inform" or "decide" or "deliver" or "recordFiling" or "archive"));
        await driver.DocumentAsync(summary, "onTheSpotPenaltyDecision");

        var before = (await (await driver.AdminAsync()).GetObjectAsync("/api/process-instances?pageSize=1"))["total"]!.GetValue<long>();
        var seeder = factory.Services.GetServices<IHostedService>().OfType<DemoCasesSeeder>().Single();
        await seeder.StartAsync(CancellationToken.None);
        await seeder.ExecuteTask!;
        var after = (await (await driver.AdminAsync()).GetObjectAsync("/api/process-instances?pageSize=1"))["total"]!.GetValue<long>();
        Assert.Equal(before, after);
    }
}
