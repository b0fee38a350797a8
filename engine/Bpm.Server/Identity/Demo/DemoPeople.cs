using Bpm.Server.Identity.Requests;
using Bpm.Server.Identity.Vocabulary;
using static Bpm.Server.Identity.Demo.DemoOrganisation;

namespace Bpm.Server.Identity.Demo;

/// <summary>The demo people, all with the password <see cref="Password"/> (listed in docs/people.md).</summary>
public static class DemoPeople
{
    public const string Password = "Demo@2026";
    public const string Actor = "system:demo-seed";

    private const string EnforcementId = "河南省行政执法证";
    private const string SupervisionId = "河南省行政执法监督证";
    private const string Issuer = "河南省人民政府";

    private static readonly DateOnly IssuedOn = new(2024, 3, 1);
    private static readonly DateOnly ExpiresOn = new(2029, 2, 28);

    private static readonly NewTraining LawTraining = new("2025年度行政执法人员公共法律知识培训", new DateOnly(2025, 4, 15), 16);
    private static readonly NewTraining MarketTraining = new("2026年市场监管执法规范化专题培训", new DateOnly(2026, 3, 10), 8);
    private static readonly NewTraining ReviewTraining = new("2025年法制审核业务能力提升培训", new DateOnly(2025, 9, 18), 12);

    public static readonly IReadOnlyList<DemoPerson> All =
    [
        Officer("zhangwei", "张伟", CityInspection, "zz-scjg-jicha", Certificate("41010024000101")),
        Officer("lina", "李娜", CityInspection, "zz-scjg-jicha", Certificate("41010024000102")),
        Officer("chenjing", "陈静", CityInspection, "zz-scjg-jicha",
            new NewCertificate("41010019000087", EnforcementId, Issuer, new DateOnly(2019, 6, 1), new DateOnly(2024, 5, 31), CertificateStatuses.Valid)),
        Officer("wangqiang", "王强", JinshuiMarketRegulation, "js-scjg-zhifa", Certificate("41010524000031")),
        Officer("liuyang", "刘洋", JinshuiMarketRegulation, "js-scjg-zhifa", Certificate("41010524000032")),
        Officer("zhaolei", "赵磊", JinshuiMarketRegulation, "js-scjg-zhifa", Certificate("41010524000033") with { Status = CertificateStatuses.Suspended }),
        Person("sunli", "孙丽", JinshuiMarketRegulation, [IdentityRoles.Officer], ["js-scjg-zhifa"], EmploymentTypes.Contracted,
            trainings: [MarketTraining]),
        Person("zhoumin", "周敏", CityLegalAffairs, [IdentityRoles.Reviewer], ["zz-scjg-fazhi"],
            qualification: new NewQualification("A20154101000123", new DateOnly(2015, 12, 20)), trainings: [ReviewTraining]),
        Person("wujing", "吴静", JinshuiMarketRegulation, [IdentityRoles.Reviewer], ["js-scjg-fazhi"],
            qualification: new NewQualification("A20184101000456", new DateOnly(2018, 12, 25)), trainings: [ReviewTraining]),
        Person("majianguo", "马建国", CityMarketRegulation, [IdentityRoles.Head], ["zz-scjg-leaders"]),
        // Deputy heads: with 马建国 the bureau's three heads, so its 负责人集体讨论 has a quorum to reach (more than half).
        Person("liuzhiqiang", "刘志强", CityMarketRegulation, [IdentityRoles.Head], ["zz-scjg-leaders"]),
        Person("zhaohong", "赵红", CityMarketRegulation, [IdentityRoles.Head], ["zz-scjg-leaders"]),
        Person("yangfan", "杨帆", CityInspection, [IdentityRoles.Head], ["zz-scjg-jicha", "zz-scjg-leaders"],
            certificates: [Certificate("41010024000100")]),
        Person("huangzhigang", "黄志刚", JinshuiMarketRegulation, [IdentityRoles.Head], ["js-scjg-leaders"]),
        Person("guoxiaoyan", "郭晓燕", CityJusticeSupervision, [IdentityRoles.Supervisor], ["zz-sfj-jiandu"],
            certificates: [Certificate("41010024J00011") with { Type = SupervisionId }],
            qualification: new NewQualification("A20124101000078", new DateOnly(2012, 12, 18))),
        Person("hewei", "何伟", ZhongmouJustice, [IdentityRoles.Supervisor], ["zm-sfj-jiandu"],
            certificates: [Certificate("41012224J00003") with { Type = SupervisionId }]),
        Person("xufan", "徐帆", CityLegalAffairs, [IdentityRoles.Designer], ["zz-scjg-fazhi"]),
    ];

    private static NewCertificate Certificate(string number) =>
        new(number, EnforcementId, Issuer, IssuedOn, ExpiresOn, CertificateStatuses.Valid);

    private static DemoPerson Officer(string username, string name, string organisationId, string group, NewCertificate certificate) =>
        Person(username, name, organisationId, [IdentityRoles.Officer], [group], certificates: [certificate],
            trainings: [LawTraining, MarketTraining]);

    private static DemoPerson Person(string username, string name, string organisationId, string[] roles, string[] groups,
        string employmentType = EmploymentTypes.Permanent, NewCertificate[]? certificates = null, NewQualification? qualification = null,
        NewTraining[]? trainings = null) =>
        new(new NewUser(username, Password, name, organisationId, roles, groups, employmentType), certificates ?? [], qualification,
            trainings ?? []);
}
