using System.Net;
using System.Net.Http.Json;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Testing;

namespace Bpm.Server.Tests.Workflows.License;

/// <summary>行政许可 (workflows/administrative-license.bpmn) end to end through the HTTP API.</summary>
public abstract class AdministrativeLicenseScenarioTests(BpmServerFactory factory)
{
    private readonly ScenarioDriver driver = new(factory);
    private LicenceCaseSteps Steps => new(driver);

    [Fact]
    public async Task A_licence_granted_in_time_counts_its_twenty_working_days_across_a_holiday_and_is_served_published_and_archived()
    {
        var today = (await driver.MorningBeforeNextHolidayAsync(workingDaysBefore: 5)).ChinaDate();
        var key = await Steps.ApplyAsync(today);
        var acceptReview = await driver.OpenTaskAsync(key, "acceptReview");
        Assert.Equal(await driver.AddWorkingDaysAsync(today, 5), acceptReview.DueDate().ChinaDate());
        var caseNumber = (await driver.VariablesAsync(key))["caseNumber"]!.GetValue<string>();
        Assert.Matches(@"^郑市监许〔2026〕\d{4}号$", caseNumber);

        await Steps.AcceptanceAsync(key, "accept");
        var examine = await driver.OpenTaskAsync(key, "examine");
        var due = examine.DueDate().ChinaDate();
        Assert.Equal(await driver.AddWorkingDaysAsync(today, 20), due);
        Assert.True(due > HolidayMornings.AddWeekdays(today, 20), $"20 working days from {today} end on {due}, later than 20 weekdays: the holiday does not count");
        Assert.Equal(due, (await Steps.DeadlineAsync(key, "decision"))["due"]!.GetValue<DateTimeOffset>().ChinaDate());

        await Steps.ExamineAsync(key);
        Assert.Equal(due, (await driver.OpenTaskAsync(key, "decide")).DueDate().ChinaDate());
        await Steps.DecideAsync(key, today);
        var document = await driver.DocumentAsync(key, "licenceGrant");
        Assert.Equal($"准予行政许可决定书-郑市监许准〔2026〕{key[^4..]}号.pdf", document["name"]!.GetValue<string>());
        var pdf = await (await driver.AdminAsync()).GetAsync($"/api/documents/{document["documentKey"].Key()}");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal(document["sha256"]!.GetValue<string>(), pdf.Headers.GetValues("X-Content-SHA256").Single());

        var serve = await driver.OpenTaskAsync(key, "serve");
        Assert.Equal(await driver.AddWorkingDaysAsync(today, 10), serve.DueDate().ChinaDate());
        await Steps.ServeAsync(key, today);
        var disclosure = await driver.WaitForChildAsync(key, "disclosure");
        var published = await driver.VariablesAsync(disclosure);
        Assert.Equal(("Licensing", caseNumber), (published["category"]!.GetValue<string>(), published["caseNumber"]!.GetValue<string>()));
        await Steps.ArchiveAsync(key);

        var path = await driver.CompletedElementsAsync(key);
        Assert.DoesNotContain("legalReview", path);
        Assert.DoesNotContain("approveExtension", path);
        Assert.DoesNotContain("examineSupervise", path);
    }

    [Fact]
    public async Task An_extension_approved_by_the_head_moves_the_decision_due_date_by_ten_working_days_and_is_told_to_the_applicant()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var key = await Steps.ApplyAsync(today);
        await Steps.AcceptanceAsync(key, "accept");
        var before = (await driver.OpenTaskAsync(key, "examine")).DueDate();
        await Steps.ExamineAsync(key, extensionReason: "需组织专家评审，二十日内不能作出决定");

        var approval = await driver.OpenTaskAsync(key, "approveExtension");
        Assert.Equal(["zz-scjg-leaders"], approval["candidateGroups"]!.AsArray().Select(g => g!.GetValue<string>()));
        await driver.CompleteAsync(LicenceCaseSteps.Head, key, "approveExtension", new { extensionApproved = "yes", extensionReason = "需组织专家评审" });
        var notice = await driver.OpenTaskAsync(key, "notifyExtension");
        var decision = await Steps.DeadlineAsync(key, "decision");
        var extended = decision["due"]!.GetValue<DateTimeOffset>();
        Assert.Equal(await driver.AddWorkingDaysAsync(before.ChinaDate(), 10), extended.ChinaDate());
        Assert.Equal(await driver.AddWorkingDaysAsync(today, 30), extended.ChinaDate());
        var entry = decision["history"]!.AsArray().Last()!;
        Assert.Equal(("EXTEND", "需组织专家评审", 10), (entry["action"]!.GetValue<string>(), entry["reason"]!.GetValue<string>(), entry["days"]!.GetValue<int>()));
        Assert.Equal(extended, notice.DueDate());

        await driver.CompleteAsync(LicenceCaseSteps.Officer, key, "notifyExtension", new
        {
            extensionNoticeNumber = "郑市监许延〔2026〕1号", extensionNotifiedOn = today.ToString("yyyy-MM-dd"), extensionNotifiedHow = "direct",
        });
        Assert.Equal(extended, (await driver.OpenTaskAsync(key, "decide")).DueDate());
        await Steps.DecideAsync(key, today, grant: false);
        await driver.DocumentAsync(key, "licenceRefusal");
        await Steps.ServeAsync(key, today, grant: false);
        await Steps.ArchiveAsync(key);
        await driver.WaitForStateAsync(key, "COMPLETED");
        Assert.DoesNotContain("disclose", await driver.CompletedElementsAsync(key));
    }

    [Fact]
    public async Task Incomplete_materials_get_one_correction_notice_and_the_acceptance_period_restarts_when_they_arrive()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var key = await Steps.ApplyAsync(today);
        var first = (await driver.OpenTaskAsync(key, "acceptReview")).DueDate().ChinaDate();
        Assert.Equal(await driver.AddWorkingDaysAsync(today, 5), first);
        await Steps.AcceptanceAsync(key, "correct");
        Assert.Equal(1, (await driver.VariablesAsync(key))["correctionRounds"]!.GetValue<int>());

        var later = (await driver.NowAsync()).AddDays(9);
        await driver.SetClockAsync(later);
        var caseNumber = (await driver.VariablesAsync(key))["caseNumber"]!.GetValue<string>();
        await driver.PublishAsync("license.materials-corrected", caseNumber, new { correctedOn = later.ChinaDate().ToString("yyyy-MM-dd"), correctedMaterials = "经营场所平面图（已标注）" });

        var again = await ScenarioDriver.EventuallyAsync(async () =>
            (await driver.OpenTaskAsync(key, "acceptReview")) is var t && t.DueDate().ChinaDate() != first ? t : null, "the repeated acceptance review");
        Assert.Equal(await driver.AddWorkingDaysAsync(later.ChinaDate(), 5), again.DueDate().ChinaDate());
        var acceptance = await Steps.DeadlineAsync(key, "acceptance");
        Assert.Equal(later.ChinaDate(), acceptance["start"]!.GetValue<DateTimeOffset>().ChinaDate());
        await Steps.AcceptanceAsync(key, "accept");
        Assert.Equal(await driver.AddWorkingDaysAsync(later.ChinaDate(), 20), (await driver.OpenTaskAsync(key, "examine")).DueDate().ChinaDate());
        Assert.Equal(2, (await driver.CompletedElementsAsync(key)).Count(id => id == "acceptReview"));
    }

    [Fact]
    public async Task An_acceptance_review_not_answered_within_five_working_days_counts_as_accepted_from_receipt()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var key = await Steps.ApplyAsync(today);
        var due = (await driver.OpenTaskAsync(key, "acceptReview")).DueDate();

        await driver.SetClockAsync(due.AddMinutes(1));
        var examine = await driver.OpenTaskAsync(key, "examine");
        var variables = await driver.VariablesAsync(key);
        Assert.True(variables["deemedAccepted"]!.GetValue<bool>());
        Assert.Equal(today.ToString("yyyy-MM-dd"), variables["acceptedDate"]!.GetValue<string>());
        Assert.Equal(await driver.AddWorkingDaysAsync(today, 20), examine.DueDate().ChinaDate());
        var path = await driver.CompletedElementsAsync(key);
        Assert.Contains("recordDeemedAccepted", path);
        Assert.DoesNotContain("acceptanceGate", path);
    }

    [Fact]
    public async Task A_major_licence_is_inspected_by_two_officers_and_decided_only_after_legal_review_passes()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var key = await Steps.ApplyAsync(today);
        await Steps.AcceptanceAsync(key, "accept");
        await Steps.ExamineAsync(key, inspection: true, major: true);
        await Steps.InspectAsync(key, today);

        var review = await driver.WaitForChildAsync(key, "legal-review");
        var reviewTask = await driver.OpenTaskAsync(review, "review");
        var refused = await (await driver.AdminAsync()).PostAsJsonAsync($"/api/user-tasks/{reviewTask["userTaskKey"].Key()}/assignment", new { assignee = LicenceCaseSteps.Officer });
        Assert.Equal("separation-of-duties", (await refused.ReadProblemAsync(HttpStatusCode.Conflict))["rule"]!.GetValue<string>());
        await driver.CompleteAsync(LicenceCaseSteps.Reviewer, review, "review", new { reviewConclusion = "problems", reviewOpinion = "许可条件的审查依据不全" });
        await driver.CompleteAsync(LicenceCaseSteps.SecondOfficer, review, "correct", new { unitResponse = "corrected", unitPosition = "已补充审查依据" });
        Assert.DoesNotContain("decide", (await driver.CompletedElementsAsync(key)).Concat(await OpenElementsAsync(key)));
        await driver.CompleteAsync(LicenceCaseSteps.Reviewer, review, "review", new { reviewConclusion = "agree", reviewOpinion = "同意" });

        await driver.OpenTaskAsync(key, "decide");
        var variables = await driver.VariablesAsync(key);
        Assert.True(variables["reviewPassed"]!.GetValue<bool>());
        Assert.Equal(2, variables["reviewRounds"]!.GetValue<int>());
        var path = await driver.CompletedElementsAsync(key);
        Assert.Equal(["siteInspection", "legalReview"], path.Where(id => id is "siteInspection" or "legalReview"));
    }

    [Fact]
    public async Task A_site_inspection_without_its_audio_video_records_is_refused_naming_each_missing_record_in_turn()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var key = await Steps.ApplyAsync(today);
        await Steps.AcceptanceAsync(key, "accept");
        await Steps.ExamineAsync(key, inspection: true);
        var task = await Steps.ConfirmInspectionAsync(key);
        var officer = await driver.AsAsync(LicenceCaseSteps.Officer);

        var (_, bare) = await driver.TryCompleteAsync(LicenceCaseSteps.Officer, key, "siteInspection", LicenceCaseSteps.Inspection(today), withEvidence: false);
        await ScenarioEvidence.AssertMissingAsync(bare, "video|audio", "执法视频或执法录音");
        await ScenarioEvidence.UploadAsync(officer, task, "video");
        var (_, withoutPhoto) = await driver.TryCompleteAsync(LicenceCaseSteps.Officer, key, "siteInspection", LicenceCaseSteps.Inspection(today), withEvidence: false);
        await ScenarioEvidence.AssertMissingAsync(withoutPhoto, "photo", "现场照片");
        Assert.DoesNotContain("siteInspection", await driver.CompletedElementsAsync(key));

        await ScenarioEvidence.UploadAsync(officer, task, "photo");
        var (_, done) = await driver.TryCompleteAsync(LicenceCaseSteps.Officer, key, "siteInspection", LicenceCaseSteps.Inspection(today), withEvidence: false);
        Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        Assert.Contains("siteInspection", await driver.CompletedElementsAsync(key));
    }

    [Fact]
    public async Task A_missed_decision_deadline_turns_the_examination_red_and_escalates_to_the_head()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var key = await Steps.ApplyAsync(today);
        await Steps.AcceptanceAsync(key, "accept");
        var due = (await driver.OpenTaskAsync(key, "examine")).DueDate();

        await driver.SetClockAsync(due.AddMinutes(1));
        var supervise = await driver.OpenTaskAsync(key, "examineSupervise");
        Assert.Equal(90, supervise["priority"]!.GetValue<int>());
        Assert.Equal("overdue", (await driver.OpenTaskAsync(key, "examine"))["deadline"]!["state"]!.GetValue<string>());
        var head = await driver.AsAsync(LicenceCaseSteps.Head);
        var escalation = (await ScenarioDriver.EventuallyAsync(async () =>
            (await head.GetItemsAsync($"/api/escalations?processInstanceKey={key}")).FirstOrDefault(), "the overdue escalation"))!.AsObject();
        Assert.Equal("OVERDUE", escalation["reason"]!.GetValue<string>());
        Assert.Equal("examine", escalation["origin"]!["elementId"]!.GetValue<string>());
        Assert.Equal(supervise["userTaskKey"].Key(), escalation["decisionTaskKey"].Key());
    }

    [Fact]
    public async Task The_acceptance_period_runs_from_the_application_date_and_the_decision_period_from_the_recorded_acceptance_date()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var received = today.AddDays(-3); // the materials arrived three days before they were registered
        var key = await Steps.ApplyAsync(received);
        var acceptReview = await driver.OpenTaskAsync(key, "acceptReview");
        Assert.Equal(received, (await Steps.DeadlineAsync(key, "acceptance"))["start"]!.GetValue<DateTimeOffset>().ChinaDate());
        Assert.Equal(await driver.AddWorkingDaysAsync(received, 5), acceptReview.DueDate().ChinaDate());

        await Steps.AcceptanceAsync(key, "accept");
        await driver.OpenTaskAsync(key, "examine");
        var variables = await driver.VariablesAsync(key);
        Assert.Equal(today.ToString("yyyy-MM-dd"), variables["acceptedOn"]!.GetValue<string>());
        var decision = variables["deadlines"]!["decision"]!;
        Assert.Equal(today, decision["start"]!.GetValue<DateTimeOffset>().ChinaDate());
        var due = decision["due"]!.GetValue<DateTimeOffset>().ToOffset(TestClock.China);
        Assert.Equal((await driver.AddWorkingDaysAsync(today, 20), new TimeSpan(23, 59, 59)), (DateOnly.FromDateTime(due.DateTime), due.TimeOfDay));
    }

    private async Task<IEnumerable<string>> OpenElementsAsync(string key) =>
        (await (await driver.AdminAsync()).GetItemsAsync($"/api/user-tasks?processInstanceKey={key}&state=CREATED"))
            .Select(t => t!["elementId"]!.GetValue<string>());
}
