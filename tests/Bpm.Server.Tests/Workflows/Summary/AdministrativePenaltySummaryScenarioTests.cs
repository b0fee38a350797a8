using System.Net;
using System.Net.Http.Json;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Server.Tests.Workflows.License;
using Bpm.Testing;

namespace Bpm.Server.Tests.Workflows.Summary;

/// <summary>行政处罚简易程序 (workflows/administrative-penalty-summary.bpmn) end to end through the HTTP API.</summary>
public abstract class AdministrativePenaltySummaryScenarioTests(BpmServerFactory factory)
{
    private readonly ScenarioDriver driver = new(factory);
    private SummaryCaseSteps Steps => new(driver);

    [Fact]
    public async Task A_warning_is_decided_delivered_on_the_spot_filed_with_the_agency_within_two_working_days_and_archived()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var key = await Steps.StartAsync();
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "inform", SummaryCaseSteps.Inform("Warning", null));
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "decide", SummaryCaseSteps.Decision("Warning", null));

        var document = await driver.DocumentAsync(key, "onTheSpotPenaltyDecision");
        var caseNumber = (await driver.VariablesAsync(key))["caseNumber"]!.GetValue<string>();
        Assert.Matches(@"^郑市监简罚〔2026〕\d{4}号$", caseNumber);
        Assert.Equal($"当场行政处罚决定书-{caseNumber}.pdf", document["name"]!.GetValue<string>());
        await Steps.DeliverAsync(key, today);
        var filing = await driver.OpenTaskAsync(key, "recordFiling");
        Assert.Equal(await driver.AddWorkingDaysAsync(today, 2), filing.DueDate().ChinaDate());
        Assert.Equal(["zz-scjg-leaders"], filing["candidateGroups"]!.AsArray().Select(g => g!.GetValue<string>()));
        await Steps.FileRecordAsync(key, today);
        await Steps.ArchiveAsync(key);

        await driver.WaitForStateAsync(key, "COMPLETED");
        var variables = await driver.VariablesAsync(key);
        Assert.Equal("警告", variables["summaryDecision"]!["penaltyContent"]!.GetValue<string>());
        var path = await driver.CompletedElementsAsync(key);
        Assert.Contains("archived", path);
        Assert.DoesNotContain("recheck", path);
        Assert.DoesNotContain("paymentPeriod", path);
    }

    /// <summary>The summary procedure has no hearing and no collective discussion (行政处罚法 第五十一条、第五十二条), so its
    /// 备案 package is the documents it did produce: the head filing it sees them on the form.</summary>
    [Fact]
    public async Task The_filing_with_the_agency_carries_the_documents_the_case_produced()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var key = await Steps.StartAsync();
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "inform", SummaryCaseSteps.Inform("Warning", null));
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "decide", SummaryCaseSteps.Decision("Warning", null));
        var document = await driver.DocumentAsync(key, "onTheSpotPenaltyDecision");
        await Steps.DeliverAsync(key, today);

        var filing = await driver.OpenTaskAsync(key, "recordFiling");
        var form = await (await driver.AsAsync(SummaryCaseSteps.Head)).GetObjectAsync($"/api/user-tasks/{filing["userTaskKey"].Key()}/form");
        var variables = await driver.VariablesAsync(key);
        var caseNumber = variables["caseNumber"]!.GetValue<string>();
        Assert.Equal($"当场行政处罚决定书（{caseNumber}）", form["values"]!["filingPackage"]?.GetValue<string>());
        var recorded = Assert.Single(variables["caseDocuments"]!.AsArray())!;
        Assert.Equal(("onTheSpotPenaltyDecision", document["sha256"]!.GetValue<string>(), caseNumber),
            (recorded["documentType"]!.GetValue<string>(), recorded["sha256"]!.GetValue<string>(), recorded["documentNumber"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_citizen_fine_of_exactly_two_hundred_yuan_is_paid_at_the_bank_within_fifteen_days()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var key = await Steps.StartAsync();
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "inform", SummaryCaseSteps.Inform("Fine", 200));
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "decide", SummaryCaseSteps.Decision("Fine", 200));
        await driver.DocumentAsync(key, "onTheSpotPenaltyDecision");
        await Steps.DeliverAsync(key, today);

        await driver.OpenTaskAsync(key, "recordFiling");
        var variables = await driver.VariablesAsync(key);
        var payment = variables["deadlines"]!["payment"]!;
        Assert.Equal((15, "CALENDAR"), (payment["days"]!.GetValue<int>(), payment["unit"]!.GetValue<string>()));
        Assert.Equal(200m, variables["summaryDecision"]!["fineAmount"]!.GetValue<decimal>());
        // 50 yuan of 200 is recorded as partial: the case keeps waiting for the rest.
        await driver.PublishAsync("penalty.fine-paid", variables["caseNumber"]!.GetValue<string>(), new { paidOn = today.ToString("yyyy-MM-dd"), paidAmount = 50 });
        await driver.WaitForCompletionOfAsync(key, "recordPayment");
        var partial = await driver.VariablesAsync(key);
        Assert.Equal(("PARTIAL", 150m), (partial["paymentStatus"]!.GetValue<string>(), partial["outstanding"]!.GetValue<decimal>()));
        Assert.DoesNotContain("paymentJoin", await driver.CompletedElementsAsync(key));
        await driver.PublishAsync("penalty.fine-paid", variables["caseNumber"]!.GetValue<string>(), new { paidOn = today.ToString("yyyy-MM-dd"), paidAmount = 150 });
        await driver.WaitForCompletionOfAsync(key, "paymentJoin");
        await Steps.FileRecordAsync(key, today);
        await Steps.ArchiveAsync(key);

        await driver.WaitForStateAsync(key, "COMPLETED");
        Assert.Equal(200m, (await driver.VariablesAsync(key))["paidTotal"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task The_filing_and_cash_hand_in_periods_run_from_the_delivery_date_and_end_at_midnight_of_their_last_day()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var key = await Steps.StartAsync();
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "inform", SummaryCaseSteps.Inform("Fine", 3000, organisation: true));
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "decide", SummaryCaseSteps.Decision("Fine", 3000, organisation: true, paymentMethod: "onSpot"));
        await Steps.DeliverAsync(key, today);

        var lastDay = await driver.AddWorkingDaysAsync(today, 2);
        foreach (var task in new[] { "handIn", "recordFiling" })
        {
            var due = (await driver.OpenTaskAsync(key, task)).DueDate().ToOffset(TestClock.China);
            Assert.Equal((lastDay, new TimeSpan(23, 59, 59)), (DateOnly.FromDateTime(due.DateTime), due.TimeOfDay));
        }
        var deadlines = (await driver.VariablesAsync(key))["deadlines"]!;
        Assert.All(new[] { "cashHandIn", "recordFiling" }, name => Assert.Equal(today, deadlines[name]!["start"]!.GetValue<DateTimeOffset>().ChinaDate()));
    }

    [Fact]
    public async Task An_organisation_fine_collected_on_the_spot_is_handed_in_within_two_working_days_and_published()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var key = await Steps.StartAsync();
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "inform", SummaryCaseSteps.Inform("Fine", 3000, organisation: true));
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "decide",
            SummaryCaseSteps.Decision("Fine", 3000, organisation: true, paymentMethod: "onSpot", disclose: true));
        await Steps.DeliverAsync(key, today);

        var handIn = await driver.OpenTaskAsync(key, "handIn");
        Assert.Equal(await driver.AddWorkingDaysAsync(today, 2), handIn.DueDate().ChinaDate());
        var disclosure = await driver.WaitForChildAsync(key, "disclosure");
        Assert.Equal("Penalty", (await driver.VariablesAsync(disclosure))["category"]!.GetValue<string>());
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "handIn", new { handedInOn = today.ToString("yyyy-MM-dd"), financeReceiptNumber = "豫财0001234", handedInAmount = 3000 });
        await Steps.FileRecordAsync(key, today);
        await Steps.ArchiveAsync(key);
        await driver.WaitForCompletionOfAsync(key, "archived");
        Assert.DoesNotContain("paymentPeriod", await driver.CompletedElementsAsync(key));
    }

    [Theory]
    [InlineData(false, 201, "citizenFineAmount")]
    [InlineData(true, 3000.5, "organisationFineAmount")]
    public async Task A_fine_above_the_summary_limit_is_refused_naming_the_field_and_nothing_changes(bool organisation, double fine, string field)
    {
        await driver.StartMorningAsync();
        var key = await Steps.StartAsync();
        var task = await driver.OpenTaskAsync(key, "inform");
        var client = await driver.AsAsync(SummaryCaseSteps.Officer);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/user-tasks/{task["userTaskKey"].Key()}/claim", null)).StatusCode);
        var before = await driver.InstanceAsync(key);

        var response = await client.PostAsJsonAsync($"/api/user-tasks/{task["userTaskKey"].Key()}/completion",
            new { variables = SummaryCaseSteps.Inform("Fine", (decimal)fine, organisation) });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(field, problem["field"]!.GetValue<string>());
        Assert.Contains(problem["errors"]!.AsArray(), e => e!["field"]!.GetValue<string>() == field && e["message"]!.GetValue<string>().Contains("不能大于"));
        var after = await driver.InstanceAsync(key);
        Assert.Equal(before["variables"]!.ToJsonString(), after["variables"]!.ToJsonString());
        Assert.Null(after["variables"]![field]);
        Assert.Equal("CREATED", (await client.GetObjectAsync($"/api/user-tasks/{task["userTaskKey"].Key()}"))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_defence_statement_is_rechecked_before_the_decision_and_the_lighter_fine_applies()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var key = await Steps.StartAsync();
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "inform", SummaryCaseSteps.Inform("Fine", 200, defence: true));

        await driver.OpenTaskAsync(key, "recheck");
        Assert.Null(await OpenTaskOrNullAsync(key, "decide"));
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "recheck", new { recheckConclusion = "lighten", recheckOpinion = "系初次违法且已改正，从轻处罚" });
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "decide", SummaryCaseSteps.Decision("Fine", 50, paymentMethod: "onSpot"));
        await Steps.DeliverAsync(key, today);

        var variables = await driver.VariablesAsync(key);
        Assert.Equal(50m, variables["summaryDecision"]!["fineAmount"]!.GetValue<decimal>());
        Assert.Equal("lighten", variables["recheckConclusion"]!.GetValue<string>());
        var path = await driver.CompletedElementsAsync(key);
        Assert.True(path.IndexOf("recheck") < path.IndexOf("decide"), string.Join(",", path));
        await driver.OpenTaskAsync(key, "handIn");
    }

    [Fact]
    public async Task A_defence_that_holds_ends_without_a_penalty()
    {
        await driver.StartMorningAsync();
        var key = await Steps.StartAsync();
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "inform", SummaryCaseSteps.Inform("Warning", null, defence: true));
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "recheck", new { recheckConclusion = "drop", recheckOpinion = "当事人已公示营业执照，违法事实不成立" });

        await driver.WaitForStateAsync(key, "COMPLETED");
        Assert.Equal("不予处罚", (await driver.VariablesAsync(key))["caseOutcome"]!.GetValue<string>());
        Assert.DoesNotContain("decide", await driver.CompletedElementsAsync(key));
    }

    private async Task<System.Text.Json.Nodes.JsonObject?> OpenTaskOrNullAsync(string key, string elementId) =>
        (await (await driver.AdminAsync()).GetItemsAsync($"/api/user-tasks?processInstanceKey={key}&state=CREATED"))
            .Select(t => t!.AsObject()).FirstOrDefault(t => t["elementId"]!.GetValue<string>() == elementId);
}
