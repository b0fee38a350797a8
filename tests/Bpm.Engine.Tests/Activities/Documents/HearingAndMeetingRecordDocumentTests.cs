using System.Text.Json.Nodes;

namespace Bpm.Engine.Tests.Activities.Documents;

/// <summary>听证笔录 (行政处罚法 第六十四条第八项、第六十五条) and the 集体讨论记录 of a meeting convened more than once
/// (河南省行政执法条例 第二十八条), as workflows/administrative-penalty.bpmn and collective-discussion.bpmn shape their data.</summary>
public sealed class HearingAndMeetingRecordDocumentTests : DocumentActivityTestBase
{
    [ChineseFontFact]
    public async Task The_hearing_record_prints_the_host_the_participants_the_partys_statements_and_the_dates()
    {
        var text = await RenderAsync("听证笔录", JsonNode.Parse("""
            {
              "caseNumber": "郑市监罚〔2026〕0007号", "agency": {"name": "郑州市市场监督管理局"}, "party": {"name": "郑州某食品有限公司"},
              "hearing": {"number": "郑市监罚〔2026〕0007号-听证1", "noticeOn": "2026-03-02", "heldOn": "2026-03-11", "host": "杨帆",
                "participants": "当事人委托代理人王某；调查人员张伟、李娜", "partyStatements": "当事人称系首次违法，请求从轻处罚",
                "record": "当事人对违法事实无异议", "report": "建议维持拟处罚意见"}
            }
            """)!.AsObject());

        foreach (var expected in new[]
        {
            "听证笔录", "郑市监罚〔2026〕0007号-听证1", "郑州某食品有限公司", "听证主持人杨帆", "当事人委托代理人王某；调查人员张伟、李娜",
            "当事人称系首次违法，请求从轻处罚", "2026年3月2日", "2026年3月11日", "建议维持拟处罚意见", "第六十五条",
        })
            Assert.Contains(expected, text);
    }

    [ChineseFontFact]
    public async Task The_minutes_of_a_meeting_convened_again_list_the_earlier_round_and_a_first_meeting_lists_none()
    {
        var again = await RenderAsync("collectiveDiscussionRecord", Minutes(round: 2,
            new JsonArray(new JsonObject { ["round"] = 1, ["date"] = "2026-03-02", ["attendance"] = "1/3", ["outcome"] = "出席负责人未达法定人数，重新召集" })));
        var first = await RenderAsync("collectiveDiscussionRecord", Minutes(round: 1, []));

        foreach (var expected in new[] { "第2次召集", "此前召集未形成决定的会议", "第1次", "2026年3月2日", "1/3", "出席负责人未达法定人数，重新召集" })
            Assert.Contains(expected, again);
        Assert.Contains("第1次召集", first);
        Assert.DoesNotContain("此前召集", first);
    }

    /// <summary>The meeting time is printed in Beijing time whatever offset it was stored with; a round's too.</summary>
    [ChineseFontFact]
    public async Task The_minutes_print_the_meeting_time_in_Beijing_time_the_absent_heads_and_the_quorum()
    {
        var data = Minutes(round: 2, new JsonArray(new JsonObject
        {
            ["round"] = 1, ["date"] = "2026-03-02", ["meetingAt"] = "2026-03-02T14:30:00+08:00", ["attendance"] = "1/3", ["outcome"] = "出席负责人未达法定人数，重新召集",
        }));
        var meeting = data["meeting"]!.AsObject();
        meeting["meetingAt"] = "2026-03-09T01:00:00Z";
        meeting["absentees"] = "赵红";
        meeting["quorumPercent"] = 50;
        var text = string.Concat((await RenderAsync("collectiveDiscussionRecord", data)).Where(c => !char.IsWhiteSpace(c)));

        foreach (var expected in new[] { "会议时间2026年3月9日09:00（北京时间）", "未出席赵红", "出席人数须超过应出席人数的50%：本次2/3人出席，已达到", "2026年3月2日14:30" })
            Assert.Contains(expected, text);
    }

    private static JsonObject Minutes(int round, JsonArray earlierRounds) => new()
    {
        ["caseNumber"] = "郑市监罚〔2026〕0007号",
        ["agency"] = new JsonObject { ["name"] = "郑州市市场监督管理局" },
        ["party"] = new JsonObject { ["name"] = "郑州某食品有限公司" },
        ["meeting"] = new JsonObject
        {
            ["number"] = "郑市监罚〔2026〕0007号-集讨1", ["agencyName"] = "郑州市市场监督管理局", ["date"] = "2026-03-09", ["expected"] = 3,
            ["present"] = 2, ["participants"] = "马建国、刘志强", ["decision"] = "给予行政处罚", ["minutes"] = "一致同意", ["round"] = round,
            ["earlierRounds"] = earlierRounds,
        },
        ["opinions"] = new JsonArray(new JsonObject { ["name"] = "马建国", ["attended"] = "出席", ["vote"] = "给予行政处罚", ["opinion"] = "同意" }),
    };
}
