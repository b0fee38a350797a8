using Bpm.Server.Identity.Requests;
using Bpm.Server.Identity.Vocabulary;

namespace Bpm.Server.Identity.Demo;

/// <summary>A slice of Henan: the province, Zhengzhou with two districts and a county, the city's market regulation and
/// justice bureaus with their internal units, and the district and county bureaus. Ids start with the region code.</summary>
public static class DemoOrganisation
{
    public const string Province = "410000";
    public const string Zhengzhou = "410100";
    public const string Jinshui = "410105";
    public const string Zhongyuan = "410102";
    public const string Zhongmou = "410122";
    public const string CityMarketRegulation = "410100-SCJGJ";
    public const string CityInspection = "410100-SCJGJ-ZFJCC";
    public const string CityLegalAffairs = "410100-SCJGJ-FGC";
    public const string CityJustice = "410100-SFJ";
    public const string CityJusticeSupervision = "410100-SFJ-ZFJDC";
    public const string JinshuiMarketRegulation = "410105-SCJGJ";
    public const string ZhongyuanMarketRegulation = "410102-SCJGJ";
    public const string ZhongmouJustice = "410122-SFJ";
    public const string DisclosurePlatform = "410000-GSPT";
    public const string CityPolice = "410100-GAJ";
    public const string CityHotline = "410100-12345";

    /// <summary>Parents before children.</summary>
    public static readonly IReadOnlyList<NewOrgUnit> Units =
    [
        new(Province, "河南省", null, OrgUnitKinds.Province),
        new(Zhengzhou, "郑州市", Province, OrgUnitKinds.City),
        new(Jinshui, "金水区", Zhengzhou, OrgUnitKinds.County),
        new(Zhongyuan, "中原区", Zhengzhou, OrgUnitKinds.County),
        new(Zhongmou, "中牟县", Zhengzhou, OrgUnitKinds.County),
        new(CityMarketRegulation, "郑州市市场监督管理局", Zhengzhou, OrgUnitKinds.Department),
        new(CityInspection, "执法稽查处", CityMarketRegulation, OrgUnitKinds.Unit),
        new(CityLegalAffairs, "法规处", CityMarketRegulation, OrgUnitKinds.Unit),
        new(CityJustice, "郑州市司法局", Zhengzhou, OrgUnitKinds.Department),
        new(CityJusticeSupervision, "行政执法协调监督处", CityJustice, OrgUnitKinds.Unit),
        new(JinshuiMarketRegulation, "金水区市场监督管理局", Jinshui, OrgUnitKinds.Department),
        new(ZhongyuanMarketRegulation, "中原区市场监督管理局", Zhongyuan, OrgUnitKinds.Department),
        new(ZhongmouJustice, "中牟县司法局", Zhongmou, OrgUnitKinds.Department),
        // The agencies that send messages to BPM; each has a demo integration client (DemoIntegrationClients).
        new(DisclosurePlatform, "河南省行政执法公示平台", Province, OrgUnitKinds.Department),
        new(CityPolice, "郑州市公安局", Zhengzhou, OrgUnitKinds.Department),
        new(CityHotline, "郑州市12345政务服务便民热线", Zhengzhou, OrgUnitKinds.Department),
    ];
}
