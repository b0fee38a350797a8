using System.Text.Json.Nodes;
using Bpm.Activities.Disclosure;
using Bpm.Contracts.V1;
using Bpm.Engine.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Activities.Disclosure;

public sealed class DisclosureEntryActivityTests : IDisposable
{
    private readonly ServiceProvider _services = ActivityTestHost.Build(s => s.AddBpmActivity<DisclosureEntryActivity>());

    private static JsonObject Variables(JsonObject party) => new()
    {
        ["decisionNumber"] = "郑市监罚字〔2026〕15号",
        ["party"] = party,
        ["facts"] = "当事人张三在河南省郑州市金水区花园路100号销售过期食品，联系电话13812345678",
        ["penaltyContent"] = "罚款人民币15000元",
        ["legalBasis"] = "《中华人民共和国食品安全法》第一百二十四条",
        ["decisionDate"] = "2026-11-22",
        ["agency"] = new JsonObject { ["creditCode"] = "11410100MB1234567X", ["name"] = "郑州市市场监督管理局", ["regionCode"] = "410100" },
    };

    [Fact]
    public async Task A_natural_persons_entry_is_masked_and_fills_the_publish_contract()
    {
        var result = await _services.InvokeAsync(DisclosureActivities.EntryType, Variables(new JsonObject
        {
            ["kind"] = "自然人", ["name"] = "张三", ["idNumber"] = "41010519900101123X", ["address"] = "河南省郑州市金水区花园路100号",
        }));

        var entry = Assert.IsType<JsonObject>(result.Variables["disclosureEntry"]);
        Assert.Equal("张*", (string?)entry["partyName"]);
        Assert.Null(entry["partyCreditCode"]);
        Assert.Equal("当事人张*在河南省郑州市金水区****销售过期食品，联系电话138****5678。罚款人民币15000元。", (string?)entry["decisionSummary"]);
        Assert.Equal("GS-410100-2026-1", (string?)entry["entryId"]);
        var publish = Assert.IsType<DisclosurePublish>(MessageCatalog.Deserialize(MessageCatalog.Find(DisclosurePublish.MessageName)!, WithEnvelope(entry)));
        Assert.Equal(PartyKind.NaturalPerson, publish.PartyKind);
        Assert.Equal(DisclosureCategory.Penalty, publish.Category);
        Assert.Equal(new DateOnly(2026, 11, 22), publish.DecisionDate);
        Assert.DoesNotContain("张三", WithEnvelope(entry));
        Assert.DoesNotContain("41010519900101123X", WithEnvelope(entry));
    }

    [Fact]
    public async Task An_organisation_is_not_masked_and_keeps_its_credit_code()
    {
        var result = await _services.InvokeAsync(DisclosureActivities.EntryType, Variables(new JsonObject
        {
            ["kind"] = "LegalPerson", ["name"] = "郑州某食品有限公司", ["creditCode"] = "91410100MA40ABCD1X",
        }));

        var entry = result.Variables["disclosureEntry"]!;
        Assert.Equal("郑州某食品有限公司", (string?)entry["partyName"]);
        Assert.Equal("91410100MA40ABCD1X", (string?)entry["partyCreditCode"]);
        // Third parties' phone numbers in the facts are masked whatever the party is.
        Assert.Contains("138****5678", (string?)entry["decisionSummary"]);
    }

    [Fact]
    public async Task The_publish_template_fills_the_contract_from_the_entry()
    {
        var result = await _services.InvokeAsync(DisclosureActivities.EntryType, Variables(new JsonObject { ["kind"] = "NaturalPerson", ["name"] = "欧阳娜娜" }));

        var publish = Assert.IsType<DisclosurePublish>(Filing.TemplateBody.Send(DisclosurePublish.MessageName,
            new JsonObject { ["disclosureEntry"] = result.Variables["disclosureEntry"]!.DeepClone() }));

        Assert.Equal("欧阳**", publish.PartyName);
        Assert.Equal("郑州市市场监督管理局", publish.Agency.Name);
    }

    [Fact]
    public async Task An_unknown_party_kind_names_the_input()
    {
        var error = await Assert.ThrowsAsync<ActivityInputException>(() =>
            _services.InvokeAsync(DisclosureActivities.EntryType, Variables(new JsonObject { ["kind"] = "robot", ["name"] = "甲" })));
        Assert.Equal("party", error.InputName);
    }

    private static string WithEnvelope(JsonNode entry)
    {
        var body = entry.DeepClone().AsObject();
        body["messageId"] = Guid.NewGuid().ToString();
        body["caseNumber"] = "豫郑市监立〔2026〕0042号";
        body["sender"] = new JsonObject { ["creditCode"] = "11410100MB1234567X", ["name"] = "郑州市市场监督管理局" };
        body["receiver"] = new JsonObject { ["creditCode"] = "11410000MB0000001A", ["name"] = "河南省行政执法公示平台" };
        body["sentAt"] = "2026-11-22T09:00:00+08:00";
        return body.ToJsonString();
    }

    public void Dispose() => _services.Dispose();
}
