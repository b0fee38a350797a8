using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Testing;

namespace Bpm.Server.Tests.Workflows.Penalty;

/// <summary>负责人集体讨论 (workflows/collective-discussion.bpmn, called by the penalty's <c>collective</c>) as the three heads
/// of 郑州市市场监督管理局 hold it: 马建国 convenes it for a meeting time, each head records attendance, a vote and an opinion on a
/// task assigned to them, and an attending head concludes.</summary>
public sealed class CollectiveDiscussionSteps(ScenarioDriver driver)
{
    /// <summary>The heads of the handling unit's agency (郑州市市场监督管理局) in the demo data, by username.</summary>
    public static readonly string[] AgencyHeads = ["liuzhiqiang", "majianguo", "zhaohong"];

    /// <summary>The meeting the case called, convened by 马建国 for 09:00 of the next working day.</summary>
    public async Task<string> MeetingAsync(string caseKey)
    {
        var meeting = await driver.WaitForChildAsync(caseKey, "collective-discussion");
        await ConveneAsync(meeting);
        return meeting;
    }

    /// <summary>09:00 Beijing time of the working day after the clock's date: a meeting time the convening accepts.</summary>
    public async Task<DateTimeOffset> NextMeetingTimeAsync()
    {
        var day = await driver.AddWorkingDaysAsync((await driver.NowAsync()).ChinaDate(), 1);
        return new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TestClock.China);
    }

    /// <summary>马建国 convenes the round for <paramref name="at"/> (default <see cref="NextMeetingTimeAsync"/>): the time it was set for.</summary>
    public async Task<DateTimeOffset> ConveneAsync(string meeting, DateTimeOffset? at = null)
    {
        var time = at ?? await NextMeetingTimeAsync();
        await driver.CompleteAsync(PenaltyCaseSteps.Head, meeting, "convene", new { meetingAt = time.ToString("yyyy-MM-ddTHH:mm:sszzz"), meetingPlace = "局机关三楼会议室" });
        return time;
    }

    /// <summary>The head's own 发表意见 task of the meeting.</summary>
    public async Task<JsonObject> OpinionTaskAsync(string meeting, string head)
    {
        var admin = await driver.AdminAsync();
        return await ScenarioDriver.EventuallyAsync(async () =>
            (await admin.GetItemsAsync($"/api/user-tasks?processInstanceKey={meeting}&state=CREATED"))
            .Select(t => t!.AsObject())
            .FirstOrDefault(t => t["elementId"]!.GetValue<string>() == "opinion" && t["assignee"]?.GetValue<string>() == head),
            $"{head}'s opinion task in meeting {meeting}");
    }

    /// <summary>Waits until the meeting is to be convened for the <paramref name="round"/>-th time (the earlier rounds are in
    /// <c>meetingRounds</c>) and convenes it.</summary>
    public async Task AwaitRoundAsync(string meeting, int round)
    {
        await ScenarioDriver.EventuallyAsync(async () =>
            (await driver.VariablesAsync(meeting))["meetingRounds"] is JsonArray rounds && rounds.Count == round - 1 ? rounds : null,
            $"round {round} of meeting {meeting}");
        await ConveneAsync(meeting);
    }

    public async Task RecordOpinionAsync(string meeting, string head, bool attended, string vote = "penalty")
    {
        var task = await OpinionTaskAsync(meeting, head);
        var response = await (await driver.AsAsync(head)).PostAsJsonAsync($"/api/user-tasks/{task["userTaskKey"].Key()}/completion", new
        {
            variables = attended
                ? (object)new { attended = "yes", vote, headOpinion = vote == "penalty" ? "事实清楚，同意给予行政处罚" : "建议重新调查" }
                : new { attended = "no", headOpinion = "出差请假" },
        });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    /// <summary>All three heads attend and vote for <paramref name="decisionKind"/>; 马建国 concludes. Returns the meeting.</summary>
    public async Task<string> HoldAsync(string caseKey, string decisionKind = "penalty")
    {
        var meeting = await MeetingAsync(caseKey);
        foreach (var head in AgencyHeads) await RecordOpinionAsync(meeting, head, attended: true, decisionKind);
        await driver.CompleteAsync(PenaltyCaseSteps.Head, meeting, "conclude", new { decisionKind, discussionMinutes = "经集体讨论，一致同意" });
        await driver.WaitForCompletionOfAsync(caseKey, "collective");
        return meeting;
    }
}
