using System.Net;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Server.Tests.Workflows;

namespace Bpm.Server.Tests.Disclosure;

/// <summary>GET /api/public/disclosures: anonymous, lists what the disclosure process published, masks personal data,
/// filters, and drops an entry once its decision is revoked.</summary>
public abstract class PublicDisclosureTests(BpmServerFactory factory)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly ScenarioDriver driver = new(factory);

    [Fact]
    public async Task Published_decisions_are_listed_without_sign_in_with_personal_data_masked_and_a_revoked_one_disappears()
    {
        await driver.SetClockAsync(new DateTimeOffset(2025, 9, 26, 10, 0, 0, China));
        var person = await PublishAsync("公示测试〔2025〕1号", "Penalty", "2025-09-26", "NaturalPerson", "李四海",
            "当事人（身份证号410105199001011234，电话13912345678）销售过期食品。");
        var company = await PublishAsync("公示测试〔2025〕2号", "Licensing", "2025-09-22", "LegalPerson", "郑州某某食品有限公司",
            "准予食品经营许可。", creditCode: "91410100MA44ABCD1X");
        var anonymous = factory.CreateClient();

        var listed = await ItemsAsync(anonymous, "/api/public/disclosures?q=公示测试");
        var personEntry = listed.Single(e => e["caseNumber"]!.GetValue<string>() == person);
        Assert.Equal("李*", personEntry["partyName"]!.GetValue<string>());
        Assert.Null(personEntry["partyCreditCode"]);
        var summary = personEntry["decisionSummary"]!.GetValue<string>();
        Assert.Contains("410105********1234", summary);
        Assert.Contains("139****5678", summary);
        Assert.DoesNotContain("李四海", personEntry.ToJsonString());
        Assert.Equal("郑州市市场监督管理局", personEntry["agency"]!.GetValue<string>());
        var companyEntry = listed.Single(e => e["caseNumber"]!.GetValue<string>() == company);
        Assert.Equal("郑州某某食品有限公司", companyEntry["partyName"]!.GetValue<string>());
        Assert.Equal("91410100MA44ABCD1X", companyEntry["partyCreditCode"]!.GetValue<string>());

        Assert.Equal([company], Cases(await ItemsAsync(anonymous, "/api/public/disclosures?q=公示测试&category=Licensing")));
        Assert.Equal([person], Cases(await ItemsAsync(anonymous, "/api/public/disclosures?q=公示测试&from=2025-09-25&to=2025-09-30")));
        Assert.Equal([company], Cases(await ItemsAsync(anonymous, "/api/public/disclosures?q=某某食品")));
        Assert.Empty(await ItemsAsync(anonymous, "/api/public/disclosures?q=公示测试&agency=开封"));

        await driver.PublishAsync("disclosure.decision-revoked", person, new { withdrawReason = "Revoked", groundsDocumentNumber = "郑政复决字〔2025〕99号" });
        await ScenarioDriver.EventuallyAsync(async () =>
            Cases(await ItemsAsync(anonymous, "/api/public/disclosures?q=公示测试")) is var cases && !cases.Contains(person) ? cases : null,
            "the revoked entry to disappear");
        Assert.Equal([company], Cases(await ItemsAsync(anonymous, "/api/public/disclosures?q=公示测试")));
    }

    [Theory]
    [InlineData("from=2025-13-01", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2025-10-02&to=2025-10-01", "from")]
    [InlineData("page=0", "page")]
    public async Task Bad_query_values_are_refused_naming_the_field(string query, string field)
    {
        var response = await factory.CreateClient().GetAsync($"/api/public/disclosures?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(field, problem["field"]!.GetValue<string>());
    }

    private async Task<string> PublishAsync(string caseNumber, string category, string decisionDate, string partyKind, string partyName,
        string decisionSummary, string? creditCode = null)
    {
        var values = new
        {
            decisionNumber = $"{caseNumber}决定", category, partyKind, partyName, partyCreditCode = creditCode, decisionSummary,
            legalBasis = "《中华人民共和国食品安全法》第一百二十四条", decisionDate,
        };
        var key = await driver.StartAsync("disclosure", new
        {
            caseNumber, values.decisionNumber, category, partyKind, partyName, partyCreditCode = creditCode, decisionSummary, values.legalBasis, decisionDate,
        }, caseNumber);
        await driver.CompleteAsync("zhangwei", key, "prepare", values);
        await driver.WaitForCompletionOfAsync(key, "recordPublished");
        return caseNumber;
    }

    private static async Task<List<JsonObject>> ItemsAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
    }

    private static List<string> Cases(List<JsonObject> entries) => entries.Select(e => e["caseNumber"]!.GetValue<string>()).Order().ToList();
}

public sealed class PublicDisclosureSqliteTests(WorkflowServerFactory<Sqlite> f) : PublicDisclosureTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class PublicDisclosurePostgresTests(WorkflowServerFactory<Postgres> f) : PublicDisclosureTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;
