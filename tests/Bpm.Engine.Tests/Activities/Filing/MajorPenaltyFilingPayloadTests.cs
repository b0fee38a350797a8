using System.Text.Json.Nodes;
using Bpm.Activities.Filing;
using Bpm.Contracts.V1;
using Bpm.Engine.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Activities.Filing;

public sealed class MajorPenaltyFilingPayloadTests : IDisposable
{
    private readonly ServiceProvider _services = ActivityTestHost.Build(s => s.AddBpmActivity<MajorPenaltyFilingPayloadActivity>());

    private static JsonObject Case(string partyKind, decimal fine, params string[] kinds) => new()
    {
        ["decisionNumber"] = "郑市监罚字〔2026〕15号",
        ["penaltyKinds"] = new JsonArray(kinds.Select(k => (JsonNode?)JsonValue.Create(k)).ToArray()),
        ["fineAmount"] = fine,
        ["party"] = new JsonObject { ["kind"] = partyKind, ["name"] = "张三" },
        ["decisionDate"] = "2026-11-22",
        ["documents"] = new JsonObject
        {
            ["penaltyDecision"] = new JsonObject { ["documentKey"] = "42", ["sha256"] = new string('a', 64), ["name"] = "行政处罚决定书.pdf", ["size"] = 1234, ["title"] = "行政处罚决定书" },
        },
        ["downloadBaseUrl"] = "https://bpm.example.gov.cn/api/documents/",
    };

    [Theory]
    [InlineData("NaturalPerson", 10000, true)]
    [InlineData("NaturalPerson", 9999.99, false)]
    [InlineData("SoleTrader", 10000, true)]
    [InlineData("LegalPerson", 99999, false)]
    [InlineData("LegalPerson", 100000, true)]
    public async Task The_henan_fine_thresholds_decide_whether_it_is_major(string partyKind, decimal fine, bool major)
    {
        var result = await _services.InvokeAsync(FilingActivities.PayloadType, Case(partyKind, fine, "Fine"));

        Assert.Equal(major, (bool)result.Variables["isMajorPenalty"]!);
        Assert.Equal(major, ((JsonArray)result.Variables["majorPenaltyFiling"]!["majorGrounds"]!).Select(g => (string?)g).Contains("LargeFine"));
    }

    [Fact]
    public async Task Revocation_is_major_whatever_the_fine()
    {
        var result = await _services.InvokeAsync(FilingActivities.PayloadType, Case("LegalPerson", 0, "Warning", "LicenceRevocation"));
        Assert.Equal(["LicenceRevocation"], ((JsonArray)result.Variables["majorPenaltyFiling"]!["majorGrounds"]!).Select(g => (string?)g));
    }

    [Fact]
    public async Task The_filing_template_fills_the_contract_from_the_payload_with_the_documents_and_their_hashes()
    {
        var result = await _services.InvokeAsync(FilingActivities.PayloadType, Case("LegalPerson", 150000, "Fine"));
        var variables = new JsonObject { ["majorPenaltyFiling"] = result.Variables["majorPenaltyFiling"]!.DeepClone() };

        var filing = Assert.IsType<MajorPenaltyFiling>(TemplateBody.Send(MajorPenaltyFiling.MessageName, variables));

        Assert.Equal([MajorPenaltyGround.LargeFine], filing.MajorGrounds);
        Assert.Equal("张三", filing.PartyName); // not masked: the bureau supervises
        var document = Assert.Single(filing.Documents);
        Assert.Equal(new string('a', 64), document.Sha256);
        Assert.Equal(1234, document.SizeBytes);
        Assert.Equal("郑市监罚字〔2026〕15号", document.DocumentNumber);
        Assert.Equal("https://bpm.example.gov.cn/api/documents/42", document.DownloadUrl);
    }

    [Fact]
    public void Every_message_template_targets_a_catalogued_contract()
    {
        foreach (var template in AgencyMessageTemplates.All())
        {
            var name = (string?)template!["properties"]![0]!["value"];
            Assert.NotNull(MessageCatalog.Find(name!));
        }
    }

    public void Dispose() => _services.Dispose();
}
