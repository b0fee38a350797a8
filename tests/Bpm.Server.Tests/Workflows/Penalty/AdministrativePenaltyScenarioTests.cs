using System.Net;
using System.Net.Http.Json;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Testing;

namespace Bpm.Server.Tests.Workflows.Penalty;

/// <summary>行政处罚一般程序 (workflows/administrative-penalty.bpmn) end to end through the HTTP API.</summary>
public abstract class AdministrativePenaltyScenarioTests(BpmServerFactory factory)
{
    private readonly ScenarioDriver driver = new(factory);
    private PenaltyCaseSteps Steps => new(driver);
    private PenaltyDocuments Documents => new(driver);

    [Fact]
    public async Task A_minor_case_runs_from_registration_to_archive_without_review_discussion_or_filing()
    {
        var today = (await driver.NextMorningAsync()).ChinaDate();
        var key = await Steps.RegisterAsync();
        await Steps.FileAsync(key);
        var investigate = await driver.OpenTaskAsync(key, "investigate");
        var caseNumber = await Steps.CaseNumberAsync(key);
        Assert.Matches(@"^郑市监罚〔\d{4}〕\d{4}号$", caseNumber);
        var decision = await Steps.DeadlineAsync(key, "decision");
        Assert.Equal((90, "CALENDAR"), (decision["days"]!.GetValue<int>(), decision["unit"]!.GetValue<string>()));
        Assert.Equal(decision["due"]!.GetValue<DateTimeOffset>(), investigate.DueDate());

        await Steps.InvestigateAsync(key);
        await Steps.ConcludeAsync(key, 5000);
        Assert.False((await driver.VariablesAsync(key))["isMajor"]!.GetValue<bool>());
        await Steps.NotifyAsync(key, hearingRequested: false, today);
        await Steps.HeadReviewAsync(key);
        await Steps.DecideAsync(key, 5000, today);
        var serve = await driver.OpenTaskAsync(key, "serve");
        Assert.Equal(await driver.AddWorkingDaysAsync(today, 7), serve.DueDate().ChinaDate());
        await Steps.ServeAsync(key, today);

        var disclosure = await driver.WaitForChildAsync(key, "disclosure");
        var published = await driver.VariablesAsync(disclosure);
        Assert.Equal(("Penalty", caseNumber), (published["category"]!.GetValue<string>(), published["caseNumber"]!.GetValue<string>()));
        await driver.CompleteAsync(PenaltyCaseSteps.Investigator, disclosure, "prepare", new
        {
            decisionNumber = published["decisionNumber"]!.GetValue<string>(), category = "Penalty", partyKind = published["partyKind"]!.GetValue<string>(),
            partyName = published["partyName"]!.GetValue<string>(), decisionSummary = published["decisionSummary"]!.GetValue<string>(),
            legalBasis = published["legalBasis"]!.GetValue<string>(), decisionDate = published["decisionDate"]!.GetValue<string>(),
        });
        var publish = (await driver.AgencyMessagesAsync(caseNumber, "disclosure.publish.v1", 1)).Single();
        Assert.Equal("11410100MB1234567X", publish["body"]!["agency"]!["creditCode"]!.GetValue<string>());
        await driver.WaitForCompletionOfAsync(disclosure, "recordPublished");
        Assert.True((await driver.VariablesAsync(disclosure))["publishedInTime"]!.GetValue<bool>());
        Assert.Empty(await (await driver.AdminAsync()).GetItemsAsync($"/api/incidents?processInstanceKey={disclosure}"));
        var payment = await Steps.DeadlineAsync(key, "payment");
        Assert.Equal((15, "CALENDAR"), (payment["days"]!.GetValue<int>(), payment["unit"]!.GetValue<string>()));
        await driver.PublishAsync("penalty.fine-paid", caseNumber, new { paidOn = today.ToString("yyyy-MM-dd"), paidAmount = 5000 });
        await Steps.CloseAndArchiveAsync(key);

        var path = await driver.CompletedElementsAsync(key);
        Assert.Contains("paid", path);
        Assert.DoesNotContain("legalReview", path);
        Assert.DoesNotContain("collective", path);
        Assert.DoesNotContain("filing", path);
        Assert.DoesNotContain("hearing", path);
        var variables = await driver.VariablesAsync(key);
        Assert.Matches(@"^郑市监罚告〔\d{4}〕\d{4}号$", variables["noticeNumber"]!.GetValue<string>());
        var documents = await Documents.AssertProducedAsync(key, "filingApproval", "advanceNotice", "penaltyDecision", "serviceReceipt", "closingReport", "caseFileIndex", "caseFileNotes");
        Assert.Equal($"立案审批表-{caseNumber}.pdf", documents[0]["name"]!.GetValue<string>());
        PenaltyDocuments.AssertRecordedInCase(variables, documents);
        PenaltyDocuments.AssertArchivedWithIndexAndNotes(variables, PenaltyCaseSteps.ArchiveNumber(key));
    }

    [Fact]
    public async Task A_major_case_passes_legal_review_on_the_third_round_collective_discussion_and_is_filed()
    {
        var today = (await driver.NextMorningAsync()).ChinaDate();
        var key = await Steps.RegisterAsync();
        await Steps.FileAsync(key);
        await Steps.InvestigateAsync(key);
        await Steps.ConcludeAsync(key, 150000);
        var major = await driver.VariablesAsync(key);
        Assert.True(major["isMajor"]!.GetValue<bool>());

        var review = await driver.WaitForChildAsync(key, "legal-review");
        var reviewTask = await driver.OpenTaskAsync(review, "review");
        var refused = await (await driver.AdminAsync()).PostAsJsonAsync($"/api/user-tasks/{reviewTask["userTaskKey"].Key()}/assignment", new { assignee = PenaltyCaseSteps.Investigator });
        Assert.Equal("separation-of-duties", (await refused.ReadProblemAsync(HttpStatusCode.Conflict))["rule"]!.GetValue<string>());
        for (var round = 1; round <= 2; round++)
        {
            await driver.CompleteAsync(PenaltyCaseSteps.Reviewer, review, "review", new { reviewConclusion = "problems", reviewOpinion = $"第{round}轮：裁量理由不充分" });
            await driver.CompleteAsync(PenaltyCaseSteps.SecondOfficer, review, "correct", new { unitResponse = "corrected", unitPosition = $"第{round}轮：已补充" });
        }
        Assert.DoesNotContain("notify", await driver.CompletedElementsAsync(key));
        await driver.CompleteAsync(PenaltyCaseSteps.Reviewer, review, "review", new { reviewConclusion = "agree", reviewOpinion = "同意" });

        await Steps.NotifyAsync(key, hearingRequested: false, today);
        var afterReview = await driver.VariablesAsync(key);
        Assert.Equal(3, afterReview["reviewRounds"]!.GetValue<int>());
        Assert.True(afterReview["reviewPassed"]!.GetValue<bool>());
        await Steps.HeadReviewAsync(key);
        var meeting = await new CollectiveDiscussionSteps(driver).HoldAsync(key);
        await Steps.DecideAsync(key, 150000, today);
        await Steps.ServeAsync(key, today);

        var filing = await driver.WaitForChildAsync(key, "major-penalty-filing");
        await driver.CompleteAsync(PenaltyCaseSteps.Investigator, filing, "prepare", new { materialsChecked = true });
        var caseNumber = await Steps.CaseNumberAsync(key);
        var sent = (await driver.AgencyMessagesAsync(caseNumber, "major-penalty.filing.v1", 1)).Single()["body"]!;
        Assert.Equal(150000m, sent["fineAmount"]!.GetValue<decimal>());
        Assert.Equal(["LargeFine"], sent["majorGrounds"]!.AsArray().Select(g => g!.GetValue<string>()));
        await driver.WaitForCompletionOfAsync(key, "filing");
        Assert.StartsWith("郑司备", (await driver.VariablesAsync(key))["filingNumber"]!.GetValue<string>());

        await driver.PublishAsync("penalty.fine-paid", caseNumber, new { paidOn = today.ToString("yyyy-MM-dd"), paidAmount = 150000 });
        await Steps.CloseAndArchiveAsync(key);
        var path = await driver.CompletedElementsAsync(key);
        Assert.Equal(["legalReview", "notify", "collective", "decide", "filing"], path.Where(id => id is "legalReview" or "notify" or "collective" or "decide" or "filing"));

        var opinions = await Documents.AssertProducedAsync(review, "legalReviewOpinion", "legalReviewOpinion", "legalReviewOpinion");
        var own = await Documents.AssertProducedAsync(key, "filingApproval", "advanceNotice", "penaltyDecision", "serviceReceipt", "closingReport", "caseFileIndex", "caseFileNotes");
        var minutes = await Documents.AssertProducedAsync(meeting, "collectiveDiscussionRecord");
        PenaltyDocuments.AssertRecordedInCase(await driver.VariablesAsync(key), [own[0], .. opinions, own[1], .. minutes, .. own[2..]]);
        var filed = sent["documents"]!.AsArray().Select(d => d!["sha256"]!.GetValue<string>());
        Assert.Equal(new[] { own[0], opinions[0], opinions[1], opinions[2], own[1], minutes[0], own[2], own[3] }.Select(d => d["sha256"]!.GetValue<string>()), filed);
    }

    [Fact]
    public async Task A_requested_hearing_is_hosted_by_someone_other_than_the_investigator_and_pauses_the_decision_period()
    {
        var today = (await driver.NextMorningAsync()).ChinaDate();
        var key = await Steps.RegisterAsync();
        await Steps.FileAsync(key);
        await Steps.InvestigateAsync(key);
        await Steps.ConcludeAsync(key, 50000);
        var dueBefore = (await Steps.DeadlineAsync(key, "decision"))["due"]!.GetValue<DateTimeOffset>();
        await Steps.NotifyAsync(key, hearingRequested: true, today);
        var requestPeriod = await Steps.DeadlineAsync(key, "hearingRequest");
        Assert.Equal(await driver.AddWorkingDaysAsync(today, 5), requestPeriod["due"]!.GetValue<DateTimeOffset>().ChinaDate());
        var paused = await Steps.DeadlineAsync(key, "decision");
        Assert.Equal(("PAUSED", today), (paused["state"]!.GetValue<string>(), paused["pausedSince"]!.GetValue<DateTimeOffset>().ChinaDate()));

        var hearing = await driver.OpenTaskAsync(key, "hearing");
        var claim = await (await driver.AsAsync(PenaltyCaseSteps.Investigator)).PostAsync($"/api/user-tasks/{hearing["userTaskKey"].Key()}/claim", null);
        Assert.Equal("separation-of-duties", (await claim.ReadProblemAsync(HttpStatusCode.Conflict))["rule"]!.GetValue<string>());

        // The hearing takes 12 days (行政处罚法 第六十条: not counted in the 90 days); a calendar-day period that would then end on
        // a rest day ends on the next working day.
        const int hearingDays = 12;
        var heldOn = (await driver.NowAsync()).AddDays(hearingDays);
        await driver.SetClockAsync(heldOn);
        await driver.CompleteAsync(PenaltyCaseSteps.HearingHost, key, "hearing", PenaltyCaseSteps.HearingHeld(today, heldOn.ChinaDate()));
        await driver.WaitForCompletionOfAsync(key, "resumeDecision"); // after the 听证笔录 is generated
        var resumed = await Steps.DeadlineAsync(key, "decision");
        var shifted = dueBefore.AddDays(hearingDays);
        var firstWorkingDay = await driver.AddWorkingDaysAsync(shifted.ChinaDate().AddDays(-1), 1);
        var expected = shifted.AddDays(firstWorkingDay.DayNumber - shifted.ChinaDate().DayNumber);
        Assert.Equal(("RUNNING", expected), (resumed["state"]!.GetValue<string>(), resumed["due"]!.GetValue<DateTimeOffset>()));
        Assert.Equal(["START", "PAUSE", "RESUME"], resumed["history"]!.AsArray().Select(h => h!["action"]!.GetValue<string>()));

        // The head's review reads the moved due date, and its red timer fires at it.
        var review = await driver.OpenTaskAsync(key, "headReview");
        Assert.Equal(expected, review.DueDate());
        await driver.SetClockAsync(expected.AddMinutes(1));
        var supervise = await driver.OpenTaskAsync(key, "decisionSupervise");
        var head = await driver.AsAsync(PenaltyCaseSteps.Head);
        var escalation = (await ScenarioDriver.EventuallyAsync(async () =>
            (await head.GetItemsAsync($"/api/escalations?processInstanceKey={key}")).FirstOrDefault(), "the overdue escalation"))!.AsObject();
        Assert.Equal(("OVERDUE", "headReview"), (escalation["reason"]!.GetValue<string>(), escalation["origin"]!["elementId"]!.GetValue<string>()));
        Assert.Equal(supervise["userTaskKey"].Key(), escalation["decisionTaskKey"].Key());

        await Steps.HeadReviewAsync(key);
        Assert.Equal(["pauseDecision", "hearing", "resumeDecision"], (await driver.CompletedElementsAsync(key)).Where(id => id is "pauseDecision" or "hearing" or "resumeDecision"));
        await driver.OpenTaskAsync(key, "decide");
    }

    [Fact]
    public async Task A_hearing_produces_a_hearing_record_that_goes_into_the_case_file_and_the_major_penalty_filing()
    {
        var today = (await driver.NextMorningAsync()).ChinaDate();
        var key = await Steps.MajorCaseReviewedAsync();
        await Steps.NotifyAsync(key, hearingRequested: true, today);
        var heldOn = await driver.AddWorkingDaysAsync(today, 7);
        await driver.SetClockAsync(new DateTimeOffset(heldOn.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)));
        await driver.CompleteAsync(PenaltyCaseSteps.HearingHost, key, "hearing", PenaltyCaseSteps.HearingHeld(today, heldOn));

        var caseNumber = await Steps.CaseNumberAsync(key);
        var record = await driver.DocumentAsync(key, "hearingRecord");
        Assert.Equal($"听证笔录-{caseNumber}-听证1.pdf", record["name"]!.GetValue<string>());
        await Steps.HeadReviewAsync(key);
        var minutes = await driver.DocumentAsync(await new CollectiveDiscussionSteps(driver).HoldAsync(key), "collectiveDiscussionRecord");
        await Steps.DecideAsync(key, 1_000_000, heldOn);
        await Steps.ServeAsync(key, heldOn);

        var filing = await driver.WaitForChildAsync(key, "major-penalty-filing");
        await driver.CompleteAsync(PenaltyCaseSteps.Investigator, filing, "prepare", new { materialsChecked = true });
        var sent = (await driver.AgencyMessagesAsync(caseNumber, "major-penalty.filing.v1", 1)).Single()["body"]!;
        var filed = sent["documents"]!.AsArray().Select(d => d!["sha256"]!.GetValue<string>()).ToList();
        Assert.Contains(record["sha256"]!.GetValue<string>(), filed);
        Assert.Contains(minutes["sha256"]!.GetValue<string>(), filed);
        var recorded = (await driver.VariablesAsync(key))["caseDocuments"]!.AsArray().Select(d => d!.AsObject()).ToList();
        Assert.Equal(["filingApproval", "legalReviewOpinion", "advanceNotice", "hearingRecord", "collectiveDiscussionRecord", "penaltyDecision", "serviceReceipt"],
            recorded.Select(d => d["documentType"]!.GetValue<string>()));
        var entry = recorded.Single(d => d["documentType"]!.GetValue<string>() == "hearingRecord");
        Assert.Equal((record["sha256"]!.GetValue<string>(), $"{caseNumber}-听证1"), (entry["sha256"]!.GetValue<string>(), entry["documentNumber"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_suspected_crime_is_transferred_to_the_police_with_the_transfer_letter_and_the_case_closes()
    {
        var today = (await driver.NextMorningAsync()).ChinaDate();
        var key = await Steps.RegisterAsync();
        await Steps.FileAsync(key);
        await Steps.InvestigateAsync(key);
        await Steps.ConcludeAsync(key, 80000);
        await Steps.NotifyAsync(key, hearingRequested: false, today);
        await Steps.HeadReviewAsync(key, "transfer");
        await driver.CompleteAsync(PenaltyCaseSteps.Investigator, key, "prepareTransfer", new
        {
            transferNumber = "郑市监移〔2026〕3号", suspectedOffence = "销售伪劣产品罪", factsSummary = "当事人销售超过保质期的食品，货值金额超过五万元",
            transferOfficerName = "张伟", transferOfficerCertificate = "豫A0101234",
            transferEvidence = new[] { new { title = "现场检查笔录", fileName = "inspection.pdf", sha256 = new string('a', 64), sizeBytes = 2048 } },
        });

        var caseNumber = await Steps.CaseNumberAsync(key);
        var sent = (await driver.AgencyMessagesAsync(caseNumber, "crime-transfer.transfer.v1", 1)).Single()["body"]!;
        await driver.WaitForCompletionOfAsync(key, "transferAcceptedCatch");
        var variables = await driver.VariablesAsync(key);
        Assert.Equal("移送司法机关", variables["caseOutcome"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(variables["policeCaseNumber"]!.GetValue<string>()));
        await Steps.CloseAndArchiveAsync(key);

        var documents = await Documents.AssertProducedAsync(key, "filingApproval", "advanceNotice", "crimeTransfer", "closingReport", "caseFileIndex", "caseFileNotes");
        Assert.Equal("涉嫌犯罪案件移送书-郑市监移〔2026〕3号.pdf", documents[2]["name"]!.GetValue<string>());
        var evidence = sent["evidence"]!.AsArray();
        Assert.Equal(("涉嫌犯罪案件移送书", documents[2]["sha256"]!.GetValue<string>()), (evidence[0]!["title"]!.GetValue<string>(), evidence[0]!["sha256"]!.GetValue<string>()));
        Assert.Equal("现场检查笔录", evidence[1]!["title"]!.GetValue<string>());
        var path = await driver.CompletedElementsAsync(key);
        Assert.Equal(["prepareTransfer", "transferDocument", "sendTransfer", "transferAcceptedCatch", "recordTransferred", "close", "archive"],
            path.Where(id => id is "prepareTransfer" or "transferDocument" or "sendTransfer" or "transferAcceptedCatch" or "recordTransferred" or "close" or "archive"));
        Assert.DoesNotContain("decide", path);
        Assert.DoesNotContain("serve", path);
        Assert.Equal("COMPLETED", (await driver.InstanceAsync(key))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_case_the_head_does_not_file_ends_without_a_case_number()
    {
        await driver.NextMorningAsync();
        var key = await Steps.RegisterAsync();
        await Steps.FileAsync(key, "reject");

        await driver.WaitForStateAsync(key, "COMPLETED");
        var variables = await driver.VariablesAsync(key);
        Assert.Equal("不予立案", variables["caseOutcome"]!.GetValue<string>());
        Assert.Null(variables["caseNumber"]);
        Assert.Contains("notFiled", await driver.CompletedElementsAsync(key));
        var record = Assert.Single(await Documents.AssertProducedAsync(key, "filingApproval"));
        Assert.StartsWith("立案审批表-案源-", record["name"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missed_decision_deadline_turns_red_and_opens_an_overdue_escalation_for_the_head()
    {
        await driver.NextMorningAsync();
        var key = await Steps.RegisterAsync();
        await Steps.FileAsync(key);
        var due = (await driver.OpenTaskAsync(key, "investigate")).DueDate();

        await driver.SetClockAsync(due.AddMinutes(1));
        var supervise = await driver.OpenTaskAsync(key, "decisionSupervise");
        Assert.Equal("overdue", (await driver.OpenTaskAsync(key, "investigate"))["deadline"]!["state"]!.GetValue<string>());
        var head = await driver.AsAsync(PenaltyCaseSteps.Head);
        var escalation = (await ScenarioDriver.EventuallyAsync(async () =>
            (await head.GetItemsAsync($"/api/escalations?processInstanceKey={key}")).FirstOrDefault(), "the overdue escalation"))!.AsObject();
        Assert.Equal("OVERDUE", escalation["reason"]!.GetValue<string>());
        Assert.Equal("investigate", escalation["origin"]!["elementId"]!.GetValue<string>());
        Assert.Equal(supervise["userTaskKey"].Key(), escalation["decisionTaskKey"].Key());
    }

    [Fact]
    public async Task One_yuan_against_a_million_yuan_fine_is_recorded_as_partial_and_the_case_closes_only_when_the_rest_is_paid()
    {
        var today = (await driver.NextMorningAsync()).ChinaDate();
        var key = await Steps.MajorCaseReviewedAsync();
        await Steps.NotifyAsync(key, hearingRequested: false, today);
        await Steps.HeadReviewAsync(key);
        await new CollectiveDiscussionSteps(driver).HoldAsync(key);
        await Steps.DecideAsync(key, 1_000_000, today);
        await Steps.ServeAsync(key, today);
        var filing = await driver.WaitForChildAsync(key, "major-penalty-filing");
        await driver.CompleteAsync(PenaltyCaseSteps.Investigator, filing, "prepare", new { materialsChecked = true });
        await driver.WaitForCompletionOfAsync(key, "filing");
        var caseNumber = await Steps.CaseNumberAsync(key);

        await driver.PublishAsync("penalty.fine-paid", caseNumber, new { paidOn = today.ToString("yyyy-MM-dd"), paidAmount = 1 });
        await driver.WaitForCompletionOfAsync(key, "recordPayment");
        var partial = await driver.VariablesAsync(key);
        Assert.Equal(("PARTIAL", 1m, 999_999m), (partial["paymentStatus"]!.GetValue<string>(), partial["paidTotal"]!.GetValue<decimal>(), partial["outstanding"]!.GetValue<decimal>()));
        Assert.Single(partial["payments"]!.AsArray());
        Assert.Equal("ACTIVE", (await driver.InstanceAsync(key))["state"]!.GetValue<string>());
        var history = await (await driver.AdminAsync()).GetItemsAsync($"/api/process-instances/{key}/history");
        Assert.Contains(history, e => e!["event"]!.GetValue<string>() == "LOG" && e["value"]!.GetValue<string>().StartsWith("部分缴纳", StringComparison.Ordinal));
        Assert.Contains(history, e => e!["event"]!.GetValue<string>() == "MESSAGE_RECEIVED" && e["value"]!["senderClient"]!.GetValue<string>() == "payment-platform");
        var open = await (await driver.AdminAsync()).GetItemsAsync($"/api/user-tasks?processInstanceKey={key}&state=CREATED");
        Assert.DoesNotContain(open, t => t!["elementId"]!.GetValue<string>() == "close");

        await driver.PublishAsync("penalty.fine-paid", caseNumber, new { paidOn = today.ToString("yyyy-MM-dd"), paidAmount = 999_999 });
        await Steps.CloseAndArchiveAsync(key);
        var paid = await driver.VariablesAsync(key);
        Assert.Equal(("PAID", 1_000_000m, 0m), (paid["paymentStatus"]!.GetValue<string>(), paid["paidTotal"]!.GetValue<decimal>(), paid["outstanding"]!.GetValue<decimal>()));
        Assert.Equal(2, paid["payments"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_partial_payment_leaves_the_remainder_to_the_demand_path_after_the_deadline()
    {
        var today = (await driver.NextMorningAsync()).ChinaDate();
        var key = await Steps.FineServedAsync(3000, today);
        await driver.PublishAsync("penalty.fine-paid", await Steps.CaseNumberAsync(key), new { paidOn = today.ToString("yyyy-MM-dd"), paidAmount = 1000 });
        await driver.WaitForCompletionOfAsync(key, "recordPayment");
        var paymentDue = (await Steps.DeadlineAsync(key, "payment"))["due"]!.GetValue<DateTimeOffset>();
        await driver.SetClockAsync(paymentDue.AddDays(1));
        await driver.OpenTaskAsync(key, "demand");
        Assert.Equal(2000m, (await driver.VariablesAsync(key))["outstanding"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_fine_paid_long_after_the_deadline_carries_a_surcharge_capped_at_the_fine()
    {
        var today = (await driver.NextMorningAsync()).ChinaDate();
        var key = await Steps.FineServedAsync(2000, today, "NaturalPerson", "张三丰");
        var paymentDue = (await Steps.DeadlineAsync(key, "payment"))["due"]!.GetValue<DateTimeOffset>();

        await driver.SetClockAsync(paymentDue.AddDays(35));
        await driver.CompleteAsync(PenaltyCaseSteps.Investigator, key, "demand", new { demandNumber = "郑市监催〔2026〕1号", demandServedOn = paymentDue.AddDays(35).ChinaDate().ToString("yyyy-MM-dd") });
        await driver.WaitForCompletionOfAsync(key, "demandPeriod");
        var paidOn = paymentDue.AddDays(36).ChinaDate();
        await driver.SetClockAsync(paymentDue.AddDays(36));
        await driver.PublishAsync("penalty.fine-paid", await Steps.CaseNumberAsync(key), new { paidOn = paidOn.ToString("yyyy-MM-dd"), paidAmount = 4000 });
        await driver.WaitForCompletionOfAsync(key, "surchargeOnPayment");

        var variables = await driver.VariablesAsync(key);
        Assert.Equal(2000m, variables["surcharge"]!.GetValue<decimal>());
        Assert.True(variables["capped"]!.GetValue<bool>());
        Assert.Equal(4000m, variables["totalDue"]!.GetValue<decimal>());
        Assert.Equal(36, variables["daysCounted"]!.GetValue<int>());
        await Steps.CloseAndArchiveAsync(key);
        var documents = await Documents.AssertProducedAsync(key, "filingApproval", "advanceNotice", "penaltyDecision", "serviceReceipt", "paymentDemand", "closingReport", "caseFileIndex", "caseFileNotes");
        Assert.Equal("催告书-郑市监催〔2026〕1号.pdf", documents[4]["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_fine_still_unpaid_after_the_demand_goes_to_court_only_after_the_review_and_litigation_periods_with_the_enforcement_application()
    {
        var today = (await driver.NextMorningAsync()).ChinaDate();
        var key = await Steps.FineServedAsync(3000, today);
        var paymentDue = (await Steps.DeadlineAsync(key, "payment"))["due"]!.GetValue<DateTimeOffset>();

        await driver.SetClockAsync(paymentDue.AddDays(1));
        var demandServedOn = paymentDue.AddDays(1).ChinaDate();
        await driver.CompleteAsync(PenaltyCaseSteps.Investigator, key, "demand", new { demandNumber = "郑市监催〔2026〕7号", demandServedOn = demandServedOn.ToString("yyyy-MM-dd") });
        await driver.WaitForCompletionOfAsync(key, "demandPeriod");
        var demandDue = (await Steps.DeadlineAsync(key, "enforcementDemand"))["due"]!.GetValue<DateTimeOffset>();
        await driver.SetClockAsync(demandDue.AddMinutes(1));
        await AssertNoCourtApplicationYetAsync(key);

        // 行政强制法第五十三条: the application opens only after the 复议 (60 days) and 诉讼 (6 months) periods from service have
        // both run out; the 6 months end on the same date six months on (rolled to the next working day) at 24:00.
        var litigationEnds = await driver.AddWorkingDaysAsync(today.AddMonths(6).AddDays(-1), 1);
        await driver.SetClockAsync(new DateTimeOffset(litigationEnds.ToDateTime(new TimeOnly(23, 0)), TimeSpan.FromHours(8)));
        await AssertNoCourtApplicationYetAsync(key);
        await driver.SetClockAsync(new DateTimeOffset(litigationEnds.AddDays(1).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)));
        var court = await driver.OpenTaskAsync(key, "courtEnforcement");
        var applicationDue = await driver.AddWorkingDaysAsync(litigationEnds.AddMonths(3).AddDays(-1), 1);
        Assert.Equal(new DateTimeOffset(applicationDue.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.FromHours(8)), court.DueDate());
        Assert.Equal(["zz-scjg-jicha"], court["candidateGroups"]!.AsArray().Select(g => g!.GetValue<string>()));
        var surcharged = await driver.VariablesAsync(key);
        Assert.Equal(3000m + surcharged["surcharge"]!.GetValue<decimal>(), surcharged["totalDue"]!.GetValue<decimal>());
        Assert.True(surcharged["surcharge"]!.GetValue<decimal>() > 0);

        const string applicationNumber = "郑市监强申〔2026〕2号";
        await driver.CompleteAsync(PenaltyCaseSteps.Investigator, key, "courtEnforcement", new
        {
            courtName = "郑州市金水区人民法院", enforcementApplicationNumber = applicationNumber,
            enforcementAppliedOn = litigationEnds.AddDays(1).ToString("yyyy-MM-dd"),
        });
        await Steps.CloseAndArchiveAsync(key);

        var documents = await Documents.AssertProducedAsync(key, "filingApproval", "advanceNotice", "penaltyDecision", "serviceReceipt", "paymentDemand",
            "enforcementApplication", "closingReport", "caseFileIndex", "caseFileNotes");
        Assert.Equal($"强制执行申请书-{applicationNumber}.pdf", documents[5]["name"]!.GetValue<string>());
        var variables = await driver.VariablesAsync(key);
        PenaltyDocuments.AssertRecordedInCase(variables, documents);
        PenaltyDocuments.AssertArchivedWithIndexAndNotes(variables, PenaltyCaseSteps.ArchiveNumber(key));
        Assert.Equal(applicationNumber, variables["caseDocuments"]![5]!["documentNumber"]!.GetValue<string>());
        var path = await driver.CompletedElementsAsync(key);
        Assert.Equal(["demandExpired", "surchargeForCourt", "courtEnforcement", "enforcementApplicationDocument", "close", "archive", "caseFileIndexDocument", "caseFileNotesDocument"],
            path.Where(id => id is "demandExpired" or "surchargeForCourt" or "courtEnforcement" or "enforcementApplicationDocument" or "close" or "archive"
                or "caseFileIndexDocument" or "caseFileNotesDocument"));
        Assert.DoesNotContain("paidAfterDemand", path);
    }

    [Fact]
    public async Task A_party_who_waived_review_and_litigation_in_writing_goes_to_court_right_after_the_demand_period()
    {
        var today = (await driver.NextMorningAsync()).ChinaDate();
        var key = await Steps.FineServedAsync(2000, today);
        var paymentDue = (await Steps.DeadlineAsync(key, "payment"))["due"]!.GetValue<DateTimeOffset>();
        await driver.SetClockAsync(paymentDue.AddDays(1));
        var waivedOn = paymentDue.AddDays(1).ChinaDate();
        await driver.CompleteAsync(PenaltyCaseSteps.Investigator, key, "demand", new
        {
            demandNumber = "郑市监催〔2026〕8号", demandServedOn = waivedOn.ToString("yyyy-MM-dd"), remediesWaivedOn = waivedOn.ToString("yyyy-MM-dd"),
        });
        await driver.WaitForCompletionOfAsync(key, "demandPeriod");
        var demandDue = (await Steps.DeadlineAsync(key, "enforcementDemand"))["due"]!.GetValue<DateTimeOffset>();
        await driver.SetClockAsync(demandDue.AddMinutes(-30));
        await AssertNoCourtApplicationYetAsync(key);
        await driver.SetClockAsync(demandDue.AddMinutes(1));

        var court = await driver.OpenTaskAsync(key, "courtEnforcement");
        var applicationDue = await driver.AddWorkingDaysAsync(waivedOn.AddMonths(3).AddDays(-1), 1);
        Assert.Equal(new DateTimeOffset(applicationDue.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.FromHours(8)), court.DueDate());
    }

    private async Task AssertNoCourtApplicationYetAsync(string key)
    {
        await driver.RunDueTimersAsync();
        // Still waiting, and not due yet: no sweep, now or later, fires it before the clock reaches its due time.
        Assert.True(await driver.TimerDueAtAsync(key, "demandExpired") > driver.EngineNow);
        var admin = await driver.AdminAsync();
        var open = await admin.GetItemsAsync($"/api/user-tasks?processInstanceKey={key}&state=CREATED");
        Assert.DoesNotContain(open, t => t!["elementId"]!.GetValue<string>() == "courtEnforcement");
        Assert.DoesNotContain("demandExpired", await driver.CompletedElementsAsync(key));
    }
}
