using Bpm.Engine.Deadlines;

namespace Bpm.Activities.Enforcement.StatutoryDeadlines;

/// <summary>The statutory periods every agency starts from. Working days where the law says so (行政处罚法 Art. 85: 2/3/5/7
/// days; 行政许可法 Art. 82: all limits; 行政强制法 Art. 69: 10 days or less; rules that say 工作日), calendar days otherwise
/// (15/60/90 days, rolled to the next working day when they end on a rest day).</summary>
public static class BuiltInStatutoryPeriods
{
    private const string W = DeadlineUnits.Working;
    private const string C = DeadlineUnits.Calendar;
    private const string Penalty = "《中华人民共和国行政处罚法》";
    private const string Licensing = "《中华人民共和国行政许可法》";
    private const string Compulsion = "《中华人民共和国行政强制法》";
    private const string MarketRule = "《市场监督管理行政处罚程序规定》";
    private const string Disclosure = "《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）";

    public static IReadOnlyList<StatutoryPeriod> All { get; } =
    [
        new("caseFiling", "立案审查（市场监管）", 15, W, MarketRule + "第十八条：自发现线索或者收到材料之日起十五个工作日内决定是否立案", 15),
        new("evidencePreservation", "先行登记保存证据处理", 7, W, Penalty + "第五十六条、第八十五条"),
        new("hearingRequest", "当事人申请听证", 5, W, Penalty + "第六十四条、第八十五条：当事人要求听证的，应当在行政机关告知后五日内提出"),
        new("legalReview", "法制审核（市场监管）", 10, W, MarketRule + "：法制审核自收到材料之日起十个工作日内完成", 10),
        new("penaltyDecision", "作出行政处罚决定", 90, C, Penalty + "第六十条：自行政处罚案件立案之日起九十日内作出行政处罚决定", 30),
        new("service", "送达行政处罚决定书", 7, W, Penalty + "第六十一条、第八十五条：当事人不在场的，应当在七日内送达"),
        new("payment", "缴纳罚款", 15, C, Penalty + "第六十七条：自收到行政处罚决定书之日起十五日内缴纳罚款"),
        new("penaltyDisclosure", "行政处罚决定公示", 7, W, Disclosure + "：行政许可、行政处罚的执法决定信息要在执法决定作出之日起7个工作日内公开"),
        new("licenceDisclosure", "行政许可决定公示", 7, W, Disclosure + "：行政许可、行政处罚的执法决定信息要在执法决定作出之日起7个工作日内公开"),
        new("otherDisclosure", "其他执法决定公示", 20, W, Disclosure + "：其他行政执法决定信息要在执法决定作出之日起20个工作日内公开"),
        new("disclosureWithdrawal", "撤回已公开的处罚决定", 3, W, Penalty + "第四十八条、第八十五条：应当在三日内撤回行政处罚决定信息并公开说明理由"),
        new("majorPenaltyFiling", "重大行政处罚备案", 15, C,
            "《河南省重大行政处罚备案审查办法》（河南省人民政府令第168号）；备案期限原文待核实，默认自作出决定之日起十五日（可配置）"),
        new("licenceCorrectionNotice", "许可申请材料补正告知", 5, W, Licensing + "第三十二条、第八十二条"),
        new("licenceDecision", "作出行政许可决定", 20, W, Licensing + "第四十二条、第八十二条：二十日内作出决定；经本行政机关负责人批准可延长十日", 10),
        new("licenceJointDecision", "统一办理、联合办理、集中办理的许可决定", 45, W, Licensing + "第四十二条、第八十二条", 15),
        new("licenceCertificate", "颁发、送达许可证件", 10, W, Licensing + "第四十四条、第八十二条"),
        new("complaintHandling", "投诉举报办理", 5, W, "地方规定（如五个工作日内办理），可按机构配置"),
        new("enforcementDemand", "催告后申请法院强制执行的等待期", 10, W, Compulsion + "第五十四条、第六十九条"),
        new("seizure", "查封、扣押期限", 30, C, Compulsion + "第二十五条：不得超过三十日；情况复杂的，经负责人批准可延长不超过三十日", 30),
        new("reviewApplication", "申请行政复议", 60, C, "《中华人民共和国行政复议法》第二十条"),
    ];
}
