using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Server.Disclosure.Storage;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.Disclosure;

/// <summary>A read-model row written before today's masking rules (personal data in every field) is masked as served.</summary>
public abstract class PublicDisclosureServedMaskingTests(BpmServerFactory factory)
{
    [Fact]
    public async Task An_old_row_with_personal_data_in_every_field_is_served_masked()
    {
        var marker = "旧行" + Guid.NewGuid().ToString("N")[..6];
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<DisclosureDbContext>>();
        await using (var context = await contexts.CreateDbContextAsync())
        {
            context.PublicDisclosureEntries.Add(new PublicDisclosureEntryEntity
            {
                ProcessInstanceKey = Random.Shared.NextInt64(1, long.MaxValue),
                EntryId = "GS-" + marker,
                CaseNumber = "郑市监罚〔2026〕12号",
                DecisionNumber = "郑市监罚决〔2026〕12号（当事人张三）",
                Category = "Penalty",
                Agency = "郑州市市场监督管理局",
                PartyName = "王五（个体工商户）",
                PartyCreditCode = "410105199001011234",
                DecisionSummary = $"{marker}：当事人张三（身份证号４１０１０５１９９００１０１１２３Ｘ，电话+86 139-1234-5678）销售过期食品，罚款12000元。",
                LegalBasis = "《食品安全法》第一百二十四条；经营者李四电话0371-65432100",
                DecisionDate = "2026-03-01",
                DecidedOn = "2026-03-01",
                PublishedAt = "2026-03-02T10:00:00+08:00",
                CategoryKey = "penalty",
                AgencyKey = "郑州市市场监督管理局",
                SearchText = marker,
            });
            await context.SaveChangesAsync();
        }

        var page = await factory.CreateClient().GetFromJsonAsync<JsonObject>($"/api/public/disclosures?q={marker}");
        var entry = page!["items"]!.AsArray().Single()!.AsObject();
        Assert.Equal("郑市监罚〔2026〕12号", entry["caseNumber"]!.GetValue<string>());
        Assert.Equal("郑市监罚决〔2026〕12号（当事人张*）", entry["decisionNumber"]!.GetValue<string>());
        Assert.Equal("王*（个体工商户）", entry["partyName"]!.GetValue<string>());
        Assert.Equal("410105********1234", entry["partyCreditCode"]!.GetValue<string>());
        Assert.Equal($"{marker}：当事人张*（身份证号４１０１０５********１２３Ｘ，电话+86 139-****-5678）销售过期食品，罚款12000元。",
            entry["decisionSummary"]!.GetValue<string>());
        Assert.Equal("《食品安全法》第一百二十四条；经营者李*电话0371-****2100", entry["legalBasis"]!.GetValue<string>());
        Assert.Equal("郑州市市场监督管理局", entry["agency"]!.GetValue<string>());
        Assert.Equal("2026-03-01", entry["decisionDate"]!.GetValue<string>());
    }
}

public sealed class PublicDisclosureServedMaskingSqliteTests(BpmServerFactory<Sqlite> f)
    : PublicDisclosureServedMaskingTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class PublicDisclosureServedMaskingPostgresTests(BpmServerFactory<Postgres> f)
    : PublicDisclosureServedMaskingTests(f), IClassFixture<BpmServerFactory<Postgres>>;
