using Bpm.Engine.Hosting;

namespace Bpm.Enforcement.Agencies;

/// <summary>The agencies an outbound enforcement message names when neither the model nor the configuration does: the
/// sending agency (郑州市市场监督管理局), and the receiver of each message family (by the first segment of the message name),
/// the Henan demo agencies the agency simulator plays.</summary>
public static class HenanAgencies
{
    public static OrganisationOptions Sender() =>
        new() { CreditCode = "11410100MB1234567X", Name = "郑州市市场监督管理局", RegionCode = "410100" };

    public static IReadOnlyDictionary<string, OrganisationOptions> Receivers() => new Dictionary<string, OrganisationOptions>(StringComparer.OrdinalIgnoreCase)
    {
        ["disclosure"] = new() { CreditCode = "11410000MB0000001D", Name = "河南省行政执法信息公示平台", RegionCode = "410000" },
        ["major-penalty"] = new() { CreditCode = "11410100MB0000002S", Name = "郑州市司法局", RegionCode = "410100" },
        ["crime-transfer"] = new() { CreditCode = "11410100MB0000003G", Name = "郑州市公安局", RegionCode = "410100" },
        ["statistics"] = new() { CreditCode = "11410000MB0000004T", Name = "河南省行政执法监督平台", RegionCode = "410000" },
    };
}
