using Bpm.Contracts.V1;

namespace Bpm.AgencySimulator.Agencies;

/// <summary>The organisations the simulator plays, and the enforcement agency its unsolicited messages go to.</summary>
public static class SimulatedOrganisations
{
    public static OrganisationRef DisclosurePlatform { get; } = Org("11410000MB0000001A", "河南省行政执法公示平台（模拟）", "410000");

    public static OrganisationRef JusticeBureau { get; } = Org("11410100MB7654321Y", "郑州市司法局（模拟）", "410100");

    public static OrganisationRef Police { get; } = Org("11410100MB2222222B", "郑州市公安局（模拟）", "410100");

    public static OrganisationRef Hotline { get; } = Org("11410000MB0000012C", "郑州市12345政务服务便民热线（模拟）", "410000");

    public static OrganisationRef EnforcementAgency { get; } = Org("11410100MB1234567X", "郑州市市场监督管理局", "410100");

    private static OrganisationRef Org(string creditCode, string name, string regionCode) =>
        new() { CreditCode = creditCode, Name = name, RegionCode = regionCode };
}
