using Bpm.Engine.Invariants;

namespace Bpm.Activities.Invariants;

/// <summary>The statutory rules the enforcement procedures (workflows/*.bpmn) name in their user tasks' <c>invariants</c>
/// header; the engine refuses a completion that breaks one with 409 naming the rule and its article. The table in
/// docs/workflows.md ("Rules that hold through the whole case") lists where each is enforced and which test shows it.</summary>
public static class EnforcementInvariants
{
    public const string DecisionWithinNotice = "decision-within-notice";
    public const string HearingNoticePeriod = "hearing-notice-seven-days";
    public const string HearingRequestWindow = "hearing-request-window-from-service";
    public const string RecommendedUnitCultivated = "recommended-unit-cultivated";
    public const string DemonstrationSiteAcceptance = "demonstration-site-acceptance";
    public const string CollectiveDiscussionQuorum = "collective-discussion-quorum";
    public const string CollectiveDiscussionMajority = "collective-discussion-majority";
    public const string CollectiveDiscussionMeetingTime = "collective-discussion-meeting-time";
    public const string CollectiveDiscussionRoundOpen = "collective-discussion-round-open";
    public const string LicenseAcceptancePeriod = "license-acceptance-period";
    public const string SupervisionCorrectionPeriod = "supervision-correction-period";

    private const string CollectiveDiscussionLaw = "《河南省行政执法条例》第二十八条";

    private const string DemonstrationSiteNotice = "《河南省法治政府建设领导小组办公室关于做好推选行政执法责任制示范点的通知》（豫法政办〔2017〕13号）";
    public const string DiscretionDeviationReasoned = "discretion-deviation-reasoned";

    private const string DecidedFine =
        "if fineAmount != null then fineAmount else if penaltyKind != \"Fine\" then null " +
        "else if partyKind = \"NaturalPerson\" or partyKind = \"SoleTrader\" then citizenFineAmount else organisationFineAmount";

    public static IReadOnlyList<InvariantRule> All { get; } =
    [
        new(DecisionWithinNotice,
            "=noticedPenalty = null or (penaltyKind = noticedPenalty.penaltyKind and " +
            "(if fineAmount = null then 0 else fineAmount) <= (if noticedPenalty.fineAmount = null then 0 else noticedPenalty.fineAmount))",
            "处罚决定不得超出事先告知当事人的处罚种类和罚款金额；拟改变处罚种类或加重处罚的，须由负责人审查（或集体讨论）决定「重新告知」，重新调查终结、" +
            "重新判定是否属于重大行政处罚（法制审核、集体讨论）并重新告知当事人",
            "《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十二条"),
        new(HearingNoticePeriod,
            "=hearingNoticeOn != null and hearingHeldOn != null and date(hearingHeldOn) >= addWorkingDays(date(hearingNoticeOn), 7)",
            "听证通知须在举行听证的七个工作日前送达当事人：通知日期至听证日期不足七个工作日",
            "《中华人民共和国行政处罚法》第六十四条第二项、第八十五条"),
        new(HearingRequestWindow,
            "=hearingRequested = \"yes\" or rightsWaived = true or now() > date and time(deadlines.hearingRequest.due)",
            "听证申请期限自告知书送达之日起计算，期限届满前当事人未申请听证、也未明确放弃陈述、申辩和听证权利的，不得记录为未申请听证、进入决定程序",
            "《中华人民共和国行政处罚法》第六十二条、第六十四条第一项、第八十五条"),
        new(RecommendedUnitCultivated,
            "=recommendedUnit != null and list contains(cultivatedUnits, recommendedUnit)",
            "推荐的示范点须从本地区、本系统的培育对象中择优选取：推荐单位不在培育单位名单中",
            DemonstrationSiteNotice + "一、推选范围"),
        new(DemonstrationSiteAcceptance,
            "=acceptancePassed = \"no\" or (reportPassed = \"yes\" and recordsPassed = \"yes\" and visitPassed = \"yes\" and " +
            "fieldTestScore != null and fieldTestScore >= cultivation.fieldTestPassMark and " +
            "(every s in [verifiedLawfulEntity, verifiedClearPowers, verifiedStandardEnforcement, verifiedEffectiveSupervision, " +
            "verifiedAccountability, verifiedTraining, verifiedPublicSatisfaction] satisfies s = \"met\"))",
            "验收通过须七项验收标准全部达到，且听取汇报、查阅资料、现场测试、实地察看四种验收方式均已记录结果并全部达标（现场测试不低于合格分数线）",
            DemonstrationSiteNotice + "二、验收标准，三、验收方式"),
        new(CollectiveDiscussionQuorum,
            "=count(heads) > 0 and count(opinions[item.attended = \"yes\"]) > quorum * count(heads)",
            "负责人集体讨论须达到法定人数方可作出决定：出席的机关负责人未超过应出席人数的规定比例（默认过半数）",
            CollectiveDiscussionLaw),
        new(CollectiveDiscussionMajority,
            // A meeting declared not held decides nothing: the heads are convened again.
            "=meetingHeld = \"no\" or count(opinions[item.attended = \"yes\" and item.vote = decisionKind]) * 2 > count(opinions[item.attended = \"yes\"])",
            "集体讨论的决定是会议的决定，不是某一负责人的决定：所记录的决定未获出席负责人过半数同意",
            CollectiveDiscussionLaw + "；《中华人民共和国行政处罚法》第五十七条第二款"),
        // The time is Beijing time with its offset (the form sends one); a time without an offset cannot be compared and is refused.
        new(CollectiveDiscussionMeetingTime,
            "=meetingAt != null and date and time(meetingAt) >= now() and isWorkingDay(date and time(meetingAt))",
            "集体讨论会议时间须为工作日，且不得早于当前时间（北京时间，含时区）；会议时间届满时本轮会议按已发表的意见计算",
            CollectiveDiscussionLaw),
        new(CollectiveDiscussionRoundOpen,
            "=meetingAt = null or now() <= date and time(meetingAt)",
            "本轮集体讨论的会议时间已过，本轮会议已按已发表的意见结束，不再接受意见；未发表意见的负责人已记为未出席（缺席）",
            CollectiveDiscussionLaw),
        // The next two close their task when their period ends (the property closingRule of the interrupting timer): a late
        // completion is answered with the rule.
        new(LicenseAcceptancePeriod,
            "=deadlines.acceptance.due = null or now() <= date and time(deadlines.acceptance.due)",
            "受理审查期限已届满：申请材料不齐全或者不符合法定形式的，应当在五日内一次告知申请人需要补正的全部内容，逾期不告知的，" +
            "自收到申请材料之日起即为受理，不能再告知补正或不予受理",
            "《中华人民共和国行政许可法》第三十二条第一款第四项"),
        new(SupervisionCorrectionPeriod,
            "=correctionDue = null or now() <= date and time(correctionDue)",
            "整改期限已届满：逾期未整改的，由执法监督机构制发行政执法监督决定书，不再接受按期整改情况报告",
            "《河南省行政执法条例》第四十三条"),
        // discretionBenchmark is the result of the case's benchmark table (workflows/discretion); a benchmark without a fine
        // range (e.g. the kind of penalty only) sets no bound. The amount is the general procedure's fineAmount, or the summary
        // procedure's fine for the party's kind (citizenFineAmount / organisationFineAmount, only when the decision is a fine).
        new(DiscretionDeviationReasoned,
            "=every amount in [" + DecidedFine + "] satisfies (" +
            "discretionBenchmark = null or discretionBenchmark.maxFine = null or amount = null or " +
            "(amount >= discretionBenchmark.minFine and amount <= discretionBenchmark.maxFine) or " +
            "(discretionReason != null and string length(discretionReason) >= 10))",
            "罚款金额超出裁量基准的推荐幅度，须在「偏离基准说理」中写明理由（不少于 10 个字）",
            "《中华人民共和国行政处罚法》第三十四条、《国务院办公厅关于进一步规范行政裁量权基准制定和管理工作的意见》（国办发〔2022〕27号）"),
    ];
}
