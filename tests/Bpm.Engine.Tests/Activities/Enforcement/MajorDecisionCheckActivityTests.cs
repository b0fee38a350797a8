using System.Text.Json.Nodes;
using Bpm.Activities;
using Bpm.Activities.Enforcement;
using Bpm.Engine.Activities;
using Bpm.Engine.People;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Activities.Enforcement;

/// <summary>Henan's major-penalty thresholds (fine ≥ 10,000 yuan on a person, ≥ 100,000 on an organisation, equivalent
/// confiscation, suspension, revocation) at, just below and above each limit, and per-organisation overrides.</summary>
public sealed class MajorDecisionCheckActivityTests : IDisposable
{
    private const string Type = "bpm:major-decision-check";

    // 省 → 市 → 区; the city lowers the person threshold, the district raises it again and adds 降低资质等级.
    private readonly ServiceProvider _services = ActivityTestHost.Build(s => s
        .AddSingleton<IPeopleDirectory>(new FakePeopleDirectory().Unit("city", "province").Unit("district", "city").Unit("office", "district")
            .Unit("county", "city"))
        .AddBpmActivities(BpmActivitiesAssembly.Assembly)
        .AddBpmEnforcementOptions(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bpm:Enforcement:MajorDecision:Organisations:city:PersonFineThreshold"] = "5000",
            ["Bpm:Enforcement:MajorDecision:Organisations:district:PersonFineThreshold"] = "20000",
            // A catalogue replaces the inherited one as a whole.
            ["Bpm:Enforcement:MajorDecision:Organisations:district:MajorPenaltyKinds:0"] = "责令停产停业",
            ["Bpm:Enforcement:MajorDecision:Organisations:district:MajorPenaltyKinds:1"] = "降低资质等级",
        }).Build()));

    public void Dispose() => _services.Dispose();

    private async Task<(bool IsMajor, List<string> Reasons)> CheckAsync(string party, decimal fine = 0, decimal confiscation = 0,
        string[]? kinds = null, string? organisation = null)
    {
        var result = await _services.InvokeAsync(Type, new JsonObject
        {
            ["partyKind"] = party, ["fineAmount"] = fine, ["confiscationValue"] = confiscation,
            ["penaltyKinds"] = kinds is null ? null : new JsonArray(kinds.Select(k => (JsonNode?)k).ToArray()),
            ["organisationId"] = organisation,
        });
        return ((bool)result.Variables["isMajor"]!, result.Variables["majorReasons"]!.AsArray().Select(r => (string)r!).ToList());
    }

    [Theory]
    [InlineData("PERSON", 9999.99, false)]
    [InlineData("PERSON", 10000, true)]
    [InlineData("PERSON", 10000.01, true)]
    [InlineData("自然人", 10000, true)]
    [InlineData("个体工商户", 10000, true)]
    [InlineData("ORGANISATION", 99999.99, false)]
    [InlineData("ORGANISATION", 100000, true)]
    [InlineData("法人", 100000.01, true)]
    [InlineData("其他组织", 10000, false)]
    public async Task A_fine_is_major_from_the_threshold_of_the_party_kind(string party, double fine, bool major)
    {
        var (isMajor, reasons) = await CheckAsync(party, fine: (decimal)fine);

        Assert.Equal(major, isMajor);
        Assert.Equal(major ? 1 : 0, reasons.Count);
        if (major) Assert.Contains("《河南省重大行政处罚备案审查办法》", reasons[0]);
    }

    [Theory]
    [InlineData("PERSON", 9999.99, false)]
    [InlineData("PERSON", 10000, true)]
    [InlineData("ORGANISATION", 99999.99, false)]
    [InlineData("ORGANISATION", 100000, true)]
    public async Task Confiscation_of_equivalent_value_is_major(string party, double value, bool major)
    {
        var (isMajor, reasons) = await CheckAsync(party, confiscation: (decimal)value);

        Assert.Equal(major, isMajor);
        if (major) Assert.Contains("没收违法所得、没收非法财物价值", Assert.Single(reasons));
    }

    [Theory]
    [InlineData("责令停产停业", true)]
    [InlineData("吊销许可证件", true)]
    [InlineData("吊销营业执照", true)]
    [InlineData("降低资质等级", false)]
    [InlineData("警告", false)]
    public async Task Suspension_and_revocation_are_major_whatever_the_amount(string kind, bool major)
    {
        var (isMajor, reasons) = await CheckAsync("ORGANISATION", fine: 500, kinds: ["罚款", kind]);

        Assert.Equal(major, isMajor);
        if (major) Assert.Contains($"「{kind}」", Assert.Single(reasons));
    }

    [Fact]
    public async Task Every_reason_is_listed()
    {
        var (isMajor, reasons) = await CheckAsync("PERSON", fine: 20000, confiscation: 15000, kinds: ["责令停产停业", "吊销许可证件"]);

        Assert.True(isMajor);
        Assert.Equal(4, reasons.Count);
    }

    [Theory]
    [InlineData("city", 4999.99, false)]
    [InlineData("city", 5000, true)]
    [InlineData("county", 5000, true)]
    [InlineData("district", 19999.99, false)]
    [InlineData("office", 19999.99, false)]
    [InlineData("office", 20000, true)]
    [InlineData("province", 9999.99, false)]
    [InlineData("elsewhere", 10000, true)]
    public async Task The_nearest_organisation_that_sets_a_threshold_wins(string organisation, double fine, bool major)
    {
        Assert.Equal(major, (await CheckAsync("PERSON", fine: (decimal)fine, organisation: organisation)).IsMajor);
    }

    [Fact]
    public async Task An_organisation_may_set_its_own_catalogue_of_major_kinds()
    {
        Assert.True((await CheckAsync("ORGANISATION", kinds: ["降低资质等级"], organisation: "office")).IsMajor);
        Assert.True((await CheckAsync("ORGANISATION", kinds: ["责令停产停业"], organisation: "office")).IsMajor);
        Assert.False((await CheckAsync("ORGANISATION", kinds: ["吊销营业执照"], organisation: "office")).IsMajor);
        Assert.False((await CheckAsync("ORGANISATION", kinds: ["降低资质等级"], organisation: "county")).IsMajor);
    }

    [Theory]
    [InlineData("partyKind", "robot", 0)]
    [InlineData("fineAmount", "PERSON", -1)]
    public async Task Bad_inputs_name_the_input(string input, string party, decimal fine)
    {
        var error = await Assert.ThrowsAsync<ActivityInputException>(() => CheckAsync(party, fine: fine));
        Assert.Equal(input, error.InputName);
    }
}
