using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Engine.Persistence;
using Bpm.Engine.Runtime.Projections;
using Bpm.Server.Disclosure.Storage;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Server.Tests.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Bpm.Testing;

namespace Bpm.Server.Tests.Disclosure;

/// <summary>public_disclosure_entries, the read model behind GET /api/public/disclosures: the row follows the disclosure
/// instance (published, corrected, revoked) and is rebuilt from the running instances of a database that lacks it.</summary>
public abstract class PublicDisclosureReadModelTests(BpmServerFactory factory)
{
    private readonly ScenarioDriver driver = new(factory);

    [Fact]
    public async Task The_entry_appears_on_publication_shows_the_acknowledged_correction_and_disappears_when_revoked()
    {
        var (caseNumber, key) = await PublishAsync("读模型");
        var entry = await EntryAsync(caseNumber) ?? throw new Xunit.Sdk.XunitException("the published entry is not listed");
        Assert.Equal("张*", entry["partyName"]!.GetValue<string>());
        Assert.Equal("《中华人民共和国食品安全法》第一百二十四条", entry["legalBasis"]!.GetValue<string>());
        Assert.NotNull(await RowAsync(long.Parse(key)));

        await driver.PublishAsync("disclosure.correction-requested", caseNumber, new { correctionReason = "法律依据条款录入不完整" });
        await driver.CompleteAsync("lina", key, "correct", new
        {
            correctedField = "legalBasis", correctedOldValue = "《中华人民共和国食品安全法》第一百二十四条",
            correctedNewValue = "《中华人民共和国食品安全法》第一百二十四条第一款", correctionReason = "法律依据条款录入不完整",
        });
        await driver.WaitForCompletionOfAsync(key, "corrected");
        Assert.Equal("《中华人民共和国食品安全法》第一百二十四条第一款", (await EntryAsync(caseNumber))?["legalBasis"]?.GetValue<string>());
        Assert.Equal(caseNumber, (await EntryAsync("第一百二十四条第一款", caseNumber))?["caseNumber"]?.GetValue<string>());

        await driver.PublishAsync("disclosure.decision-revoked", caseNumber, new { withdrawReason = "Revoked", groundsDocumentNumber = "郑政复决字〔2026〕7号" });
        await ScenarioDriver.EventuallyAsync(async () => await RowAsync(long.Parse(key)) is null ? "gone" : null, "the revoked entry's row to go");
        Assert.Null(await EntryAsync(caseNumber));
    }

    [Fact]
    public async Task A_database_without_the_read_model_is_rebuilt_from_the_running_instances_once()
    {
        var (caseNumber, key) = await PublishAsync("重建");
        // As a database written before the read model existed: no rows, no built version.
        await using (var context = await Contexts.CreateDbContextAsync())
            await context.PublicDisclosureEntries.Where(e => e.ProcessInstanceKey == long.Parse(key)).ExecuteDeleteAsync();
        await using (var engine = await factory.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>().CreateDbContextAsync())
            await engine.InstanceProjections.ExecuteDeleteAsync();
        Assert.Null(await EntryAsync(caseNumber));
        var rebuilder = factory.Services.GetRequiredService<InstanceProjectionRebuilder>();

        // Every projection was emptied, so each is rebuilt; this test checks the disclosure one.
        Assert.Contains("public-disclosure", await rebuilder.RebuildStaleAsync(CancellationToken.None));

        var entry = await EntryAsync(caseNumber) ?? throw new Xunit.Sdk.XunitException("the rebuilt entry is not listed");
        Assert.Equal("张*", entry["partyName"]!.GetValue<string>());
        Assert.Empty(await rebuilder.RebuildStaleAsync(CancellationToken.None));
    }

    private IDbContextFactory<DisclosureDbContext> Contexts => factory.Services.GetRequiredService<IDbContextFactory<DisclosureDbContext>>();

    private async Task<(string CaseNumber, string Key)> PublishAsync(string marker)
    {
        var decided = (await driver.NextMorningAsync()).ChinaDate().ToString("yyyy-MM-dd");
        var caseNumber = $"豫郑市监{marker}〔2026〕{Random.Shared.Next(100000, 999999)}号";
        var key = await driver.StartAsync("disclosure", DisclosureCase.Variables(caseNumber, "Penalty", decided), caseNumber);
        await driver.CompleteAsync("zhangwei", key, "prepare", DisclosureCase.FormValues("Penalty", decided));
        await driver.WaitForCompletionOfAsync(key, "recordPublished");
        return (caseNumber, key);
    }

    /// <summary>The page's entry of a case found by a free-text search (the case number unless given), or null.</summary>
    private async Task<JsonObject?> EntryAsync(string q, string? caseNumber = null)
    {
        var page = await factory.CreateClient().GetFromJsonAsync<JsonObject>($"/api/public/disclosures?q={Uri.EscapeDataString(q)}");
        return page!["items"]!.AsArray().Select(i => i!.AsObject())
            .SingleOrDefault(i => i["caseNumber"]!.GetValue<string>() == (caseNumber ?? q));
    }

    private async Task<PublicDisclosureEntryEntity?> RowAsync(long instanceKey)
    {
        await using var context = await Contexts.CreateDbContextAsync();
        return await context.PublicDisclosureEntries.SingleOrDefaultAsync(e => e.ProcessInstanceKey == instanceKey);
    }
}

public sealed class PublicDisclosureReadModelSqliteTests(WorkflowServerFactory<Sqlite> f) : PublicDisclosureReadModelTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class PublicDisclosureReadModelPostgresTests(WorkflowServerFactory<Postgres> f) : PublicDisclosureReadModelTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;
