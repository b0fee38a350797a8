using System.Net;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Testing;

namespace Bpm.Server.Tests.Workflows.Penalty;

/// <summary>The routes by which a penalty case could leave the law although every diagram path was followed: each is now
/// refused at the step that would break it (409 naming the rule and the article, nothing changed) or closed in the model.
/// The table in docs/workflows.md ("Rules that hold through the whole case") maps each rule to its test here.</summary>
public abstract class PenaltyStatutoryRulesTests(BpmServerFactory factory)
{
    private readonly ScenarioDriver driver = new(factory);
    private PenaltyCaseSteps Steps => new(driver);

    private async Task<string> ConcludedAsync(decimal fine)
    {
        var key = await Steps.RegisterAsync();
        await Steps.FileAsync(key);
        await Steps.InvestigateAsync(key);
        await Steps.ConcludeAsync(key, fine);
        return key;
    }

    private static async Task<JsonObject> RefusedAsync(HttpResponseMessage response, string rule, string article)
    {
        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(rule, problem["rule"]!.GetValue<string>());
        Assert.Contains(article, problem["detail"]!.GetValue<string>());
        return problem;
    }

    [Fact]
    public async Task A_decision_heavier_than_the_notice_is_refused()
    {
        var today = (await driver.NextMorningAsync()).ChinaDate();
        var key = await ConcludedAsync(5000);
        await Steps.NotifyAsync(key, hearingRequested: false, today);
        await Steps.HeadReviewAsync(key);

        var (task, refused) = await driver.TryCompleteAsync(PenaltyCaseSteps.Investigator, key, "decide", new
        {
            decisionNumber = "郑市监罚字〔2026〕1号", penaltyKind = "Fine", fineAmount = 500000, decisionSummary = "罚款", decisionDate = today.ToString("yyyy-MM-dd"),
        });
        await RefusedAsync(refused, "decision-within-notice", "第四十四条");
        Assert.Equal(task["userTaskKey"].Key(), (await driver.OpenTaskAsync(key, "decide"))["userTaskKey"].Key());
        Assert.Equal(5000m, (await driver.VariablesAsync(key))["fineAmount"]!.GetValue<decimal>());

        var (_, otherKind) = await driver.TryCompleteAsync(PenaltyCaseSteps.Investigator, key, "decide", new
        {
            decisionNumber = "郑市监罚字〔2026〕1号", penaltyKind = "LicenceRevocation", fineAmount = 0, decisionSummary = "吊销许可证", decisionDate = today.ToString("yyyy-MM-dd"),
        });
        await RefusedAsync(otherKind, "decision-within-notice", "第六十二条");
        await Steps.DecideAsync(key, 4000, today);
        await driver.OpenTaskAsync(key, "serve");
    }

    [Fact]
    public async Task A_heavier_penalty_goes_back_through_conclusion_major_check_legal_review_and_a_new_notice()
    {
        var today = (await driver.NextMorningAsync()).ChinaDate();
        var key = await ConcludedAsync(5000);
        await Steps.NotifyAsync(key, hearingRequested: false, today);
        await Steps.HeadReviewAsync(key, "renotify");

        await Steps.ConcludeAsync(key, 500000);
        Assert.True((await driver.VariablesAsync(key))["isMajor"]!.GetValue<bool>());
        var review = await driver.WaitForChildAsync(key, "legal-review");
        await driver.CompleteAsync(PenaltyCaseSteps.Reviewer, review, "review", new { reviewConclusion = "agree", reviewOpinion = "同意" });
        await Steps.NotifyAsync(key, hearingRequested: false, today);
        var told = (await driver.VariablesAsync(key))["noticedPenalty"]!;
        Assert.Equal(500000m, told["fineAmount"]!.GetValue<decimal>());
        await Steps.HeadReviewAsync(key);
        await new CollectiveDiscussionSteps(driver).MeetingAsync(key);
        var path = await driver.CompletedElementsAsync(key);
        Assert.Equal(2, path.Count(id => id == "adviceDocument"));
        Assert.Equal(2, path.Count(id => id == "majorCheck"));
    }

    [Fact]
    public async Task An_officer_who_confirmed_the_investigation_may_not_host_the_hearing()
    {
        var today = (await driver.NextMorningAsync()).ChinaDate();
        var key = await ConcludedAsync(50000);
        await Steps.NotifyAsync(key, hearingRequested: true, today);
        var hearing = await driver.OpenTaskAsync(key, "hearing");
        var claim = await (await driver.AsAsync(PenaltyCaseSteps.SecondOfficer)).PostAsync($"/api/user-tasks/{hearing["userTaskKey"].Key()}/claim", null);
        var problem = await RefusedAsync(claim, "separation-of-duties", "第六十四条");
        Assert.Contains("第六十四条", problem["law"]!.GetValue<string>());
    }

    /// <summary>Issue 14: the host was a typed name compared with nothing; a form naming an investigator (by username or by
    /// name) went through. Now the host is a user of the registry picked from the unit's people, checked by username.</summary>
    [Fact]
    public async Task The_hearing_host_is_a_registry_user_of_the_unit_and_none_of_those_who_did_the_investigation()
    {
        var today = (await driver.NextMorningAsync()).ChinaDate();
        var key = await ConcludedAsync(50000);
        await Steps.NotifyAsync(key, hearingRequested: true, today);
        var heldOn = await driver.AddWorkingDaysAsync(today, 7);
        await driver.SetClockAsync(new DateTimeOffset(heldOn.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)));
        await driver.OpenTaskAsync(key, "hearing");

        // The form's picker offers the handling unit's people from the registry: the username stored, the name shown.
        var options = (await driver.VariablesAsync(key))["hearingHostOptions"]!.AsArray()
            .Select(o => (o!["value"]!.GetValue<string>(), o["label"]!.GetValue<string>())).ToList();
        Assert.Contains(("yangfan", "杨帆（yangfan）"), options);
        Assert.Contains(("lina", "李娜（lina）"), options);

        // 张伟 completed and 李娜 confirmed 调查取证: neither may host, though 杨帆 (no investigator) fills in the form.
        foreach (var investigator in new[] { PenaltyCaseSteps.Investigator, PenaltyCaseSteps.SecondOfficer })
        {
            var form = PenaltyCaseSteps.HearingHeld(today, heldOn);
            form["hearingHost"] = investigator;
            var (_, refused) = await driver.TryCompleteAsync(PenaltyCaseSteps.HearingHost, key, "hearing", form);
            var problem = await RefusedAsync(refused, "separation-of-duties", "第六十四条");
            Assert.Equal("hearingHost", problem["field"]!.GetValue<string>());
            // The refusal names the person as people read them (张伟, 李娜), not by username.
            Assert.Contains(investigator == PenaltyCaseSteps.Investigator ? "张伟" : "李娜", problem["detail"]!.GetValue<string>());
            Assert.DoesNotContain(investigator, problem["detail"]!.GetValue<string>());
        }

        // A typed name, a username the registry does not have, or a user of another unit (王强, 金水区): 400 naming the field.
        foreach (var unknown in new[] { "杨帆", "yangfan-x", "wangqiang" })
        {
            var form = PenaltyCaseSteps.HearingHeld(today, heldOn);
            form["hearingHost"] = unknown;
            var (_, refused) = await driver.TryCompleteAsync(PenaltyCaseSteps.HearingHost, key, "hearing", form);
            Assert.Equal("hearingHost", (await refused.ReadProblemAsync(HttpStatusCode.BadRequest))["field"]!.GetValue<string>());
        }
        Assert.DoesNotContain("hearing", await driver.CompletedElementsAsync(key));

        await driver.CompleteAsync(PenaltyCaseSteps.HearingHost, key, "hearing", PenaltyCaseSteps.HearingHeld(today, heldOn));
        await driver.WaitForCompletionOfAsync(key, "hearingRecordDocument");
        var variables = await driver.VariablesAsync(key);
        Assert.Equal(("yangfan", "杨帆"), (variables["hearingHost"]!.GetValue<string>(), variables["hearingHostName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_investigation_without_its_audio_video_records_is_refused_naming_each_missing_record_in_turn()
    {
        var key = await Steps.RegisterAsync();
        await Steps.FileAsync(key);
        var task = await Steps.ConfirmInvestigationAsync(key);
        var investigator = await driver.AsAsync(PenaltyCaseSteps.Investigator);

        var (_, bare) = await driver.TryCompleteAsync(PenaltyCaseSteps.Investigator, key, "investigate", PenaltyCaseSteps.Findings, withEvidence: false);
        await ScenarioEvidence.AssertMissingAsync(bare, "video|audio", "执法视频或执法录音");
        await ScenarioEvidence.UploadAsync(investigator, task, "audio");
        var (_, withoutPhoto) = await driver.TryCompleteAsync(PenaltyCaseSteps.Investigator, key, "investigate", PenaltyCaseSteps.Findings, withEvidence: false);
        await ScenarioEvidence.AssertMissingAsync(withoutPhoto, "photo", "现场照片");
        Assert.DoesNotContain("investigate", await driver.CompletedElementsAsync(key));

        await ScenarioEvidence.UploadAsync(investigator, task, "photo");
        var (_, done) = await driver.TryCompleteAsync(PenaltyCaseSteps.Investigator, key, "investigate", PenaltyCaseSteps.Findings, withEvidence: false);
        Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        await driver.OpenTaskAsync(key, "conclude");
    }

    [Fact]
    public async Task A_hearing_noticed_less_than_seven_working_days_before_is_refused()
    {
        var today = (await driver.NextMorningAsync()).ChinaDate();
        var key = await ConcludedAsync(50000);
        await Steps.NotifyAsync(key, hearingRequested: true, today);
        var heldOn = await driver.AddWorkingDaysAsync(today, 1);
        var (_, refused) = await driver.TryCompleteAsync(PenaltyCaseSteps.HearingHost, key, "hearing", PenaltyCaseSteps.HearingHeld(today, heldOn));
        await RefusedAsync(refused, "hearing-notice-seven-days", "第六十四条");
        Assert.DoesNotContain("hearing", await driver.CompletedElementsAsync(key));

        var sevenWorkingDaysLater = await driver.AddWorkingDaysAsync(today, 7);
        await driver.SetClockAsync(new DateTimeOffset(sevenWorkingDaysLater.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)));
        await driver.CompleteAsync(PenaltyCaseSteps.HearingHost, key, "hearing", PenaltyCaseSteps.HearingHeld(today, sevenWorkingDaysLater));
        await driver.OpenTaskAsync(key, "headReview");
    }

    [Fact]
    public async Task The_hearing_request_window_runs_from_service_and_closes_only_at_its_end_or_with_a_waiver()
    {
        var today = (await driver.NextMorningAsync()).ChinaDate();
        var key = await ConcludedAsync(50000);
        var servedOn = today.AddDays(-3);
        await driver.CompleteAsync(PenaltyCaseSteps.Investigator, key, "notify", new { noticeServedOn = servedOn.ToString("yyyy-MM-dd") });
        var window = await Steps.DeadlineAsync(key, "hearingRequest");
        var due = window["due"]!.GetValue<DateTimeOffset>();
        Assert.Equal(await driver.AddWorkingDaysAsync(servedOn, 5), due.ChinaDate());
        Assert.Equal(new TimeSpan(23, 59, 59), due.ToOffset(TimeSpan.FromHours(8)).TimeOfDay);

        var (_, early) = await driver.TryCompleteAsync(PenaltyCaseSteps.Investigator, key, "partyResponse", new { hearingRequested = "no", statementSummary = "无" });
        await RefusedAsync(early, "hearing-request-window-from-service", "第六十二条");

        await driver.SetClockAsync(due.AddSeconds(2));
        await driver.CompleteAsync(PenaltyCaseSteps.Investigator, key, "partyResponse", new { hearingRequested = "no", statementSummary = "期限内未申请听证" });
        await driver.OpenTaskAsync(key, "headReview");
    }

    [Fact]
    public async Task A_waiver_in_writing_lets_the_case_go_on_before_the_window_ends()
    {
        var today = (await driver.NextMorningAsync()).ChinaDate();
        var key = await ConcludedAsync(5000);
        await driver.CompleteAsync(PenaltyCaseSteps.Investigator, key, "notify", new { noticeServedOn = today.ToString("yyyy-MM-dd") });
        await driver.CompleteAsync(PenaltyCaseSteps.Investigator, key, "partyResponse", new { hearingRequested = "no", statementSummary = "当事人书面放弃", rightsWaived = true });
        await driver.OpenTaskAsync(key, "headReview");
    }

    [Fact]
    public async Task A_major_case_takes_payments_while_filing_is_pending_and_a_partial_payment_does_not_close_it()
    {
        var today = (await driver.NextMorningAsync()).ChinaDate();
        var key = await ConcludedAsync(1000000);
        var review = await driver.WaitForChildAsync(key, "legal-review");
        await driver.CompleteAsync(PenaltyCaseSteps.Reviewer, review, "review", new { reviewConclusion = "agree", reviewOpinion = "同意" });
        await Steps.NotifyAsync(key, hearingRequested: false, today);
        await Steps.HeadReviewAsync(key);
        await new CollectiveDiscussionSteps(driver).HoldAsync(key);
        await Steps.DecideAsync(key, 1000000, today);
        await Steps.ServeAsync(key, today);
        var filing = await driver.WaitForChildAsync(key, "major-penalty-filing");
        await driver.OpenTaskAsync(filing, "prepare");

        var caseNumber = await Steps.CaseNumberAsync(key);
        await driver.PublishAsync("penalty.fine-paid", caseNumber, new { paidOn = today.ToString("yyyy-MM-dd"), paidAmount = 1 });
        await driver.WaitForCompletionOfAsync(key, "recordPayment");
        var partial = await driver.VariablesAsync(key);
        Assert.Equal(("PARTIAL", 999999m), (partial["paymentStatus"]!.GetValue<string>(), partial["outstanding"]!.GetValue<decimal>()));
        Assert.DoesNotContain("paidInFull", await driver.CompletedElementsAsync(key));

        await driver.PublishAsync("penalty.fine-paid", caseNumber, new { paidOn = today.ToString("yyyy-MM-dd"), paidAmount = 999999 });
        await driver.OpenTaskAsync(key, "close");
        Assert.Equal("PAID", (await driver.VariablesAsync(key))["paymentStatus"]!.GetValue<string>());
        await driver.OpenTaskAsync(filing, "prepare");
    }

    [Fact]
    public async Task The_decision_period_runs_from_the_filing_date_and_ends_at_midnight_of_its_last_day()
    {
        var today = (await driver.NextMorningAsync()).ChinaDate();
        var key = await Steps.RegisterAsync();
        await Steps.FileAsync(key);
        await driver.OpenTaskAsync(key, "investigate");
        var variables = await driver.VariablesAsync(key);
        Assert.Equal(today.ToString("yyyy-MM-dd"), variables["filedOn"]!.GetValue<string>());
        var decision = variables["deadlines"]!["decision"]!;
        Assert.Equal(today, decision["start"]!.GetValue<DateTimeOffset>().ChinaDate());
        var due = decision["due"]!.GetValue<DateTimeOffset>().ToOffset(TimeSpan.FromHours(8));
        var lastDay = await driver.AddWorkingDaysAsync(today.AddDays(89), 1);
        Assert.Equal((lastDay, new TimeSpan(23, 59, 59)), (DateOnly.FromDateTime(due.DateTime), due.TimeOfDay));
    }

    [Fact]
    public async Task No_deadline_of_an_archived_case_is_still_running()
    {
        var today = (await driver.NextMorningAsync()).ChinaDate();
        var key = await Steps.FineServedAsync(2000, today);
        await driver.PublishAsync("penalty.fine-paid", await Steps.CaseNumberAsync(key), new { paidOn = today.ToString("yyyy-MM-dd"), paidAmount = 2000 });
        await Steps.CloseAndArchiveAsync(key);
        var deadlines = (await driver.VariablesAsync(key))["deadlines"]!.AsObject();
        Assert.Equal(["decision", "filing", "hearingRequest", "payment", "service"], deadlines.Select(d => d.Key).Order(StringComparer.Ordinal));
        Assert.All(deadlines, d => Assert.Equal("CLOSED", d.Value!["state"]!.GetValue<string>()));
        Assert.All(deadlines, d => Assert.Equal("CLOSE", d.Value!["history"]!.AsArray()[^1]!["action"]!.GetValue<string>()));
    }
}
