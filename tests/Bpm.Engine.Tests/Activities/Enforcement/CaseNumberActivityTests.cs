using System.Text.Json.Nodes;
using Bpm.Engine.Activities;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Bpm.Engine.Tests.Messaging;

namespace Bpm.Engine.Tests.Activities.Enforcement;

/// <summary>Case numbers per (agency code, year, kind): unique and consecutive under concurrency, restarting each China year.</summary>
public abstract class CaseNumberActivityTests(DatabaseProvider provider)
{
    private const string Type = "bpm:case-number";

    private static Task<ActivityResult> IssueAsync(EngineHarness h, long elementInstanceKey, JsonObject variables) =>
        h.Services.InvokeAsync(Type, variables, elementInstanceKey);

    private static JsonObject Inputs(string agency = "郑市监", string? kind = null, string? style = null, int? digits = null) =>
        new() { ["agencyCode"] = agency, ["kind"] = kind, ["style"] = style, ["digits"] = digits };

    [Fact]
    public async Task Fifty_concurrent_issues_get_fifty_distinct_consecutive_numbers()
    {
        await using var e = await IsolatedEngine.StartAsync(provider);

        var results = await Task.WhenAll(Enumerable.Range(1, 50).Select(i => Task.Run(() => IssueAsync(e.H, 1000 + i, Inputs()))));

        var sequences = results.Select(r => (long)r.Variables["caseSequence"]!).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), sequences);
        var numbers = results.Select(r => (string)r.Variables["caseNumber"]!).ToHashSet();
        Assert.Equal(50, numbers.Count);
        Assert.Contains("郑市监罚〔2025〕0001号", numbers);
        Assert.Contains("郑市监罚〔2025〕0050号", numbers);
    }

    [Fact]
    public async Task The_year_of_the_China_clock_starts_a_new_sequence_at_one()
    {
        await using var e = await IsolatedEngine.StartAsync(provider);
        e.H.Clock.Advance(new DateTimeOffset(2025, 12, 31, 23, 59, 0, TimeSpan.FromHours(8)) - e.H.Clock.GetUtcNow());

        Assert.Equal("郑市监罚〔2025〕0001号", (string)(await IssueAsync(e.H, 1, Inputs())).Variables["caseNumber"]!);
        Assert.Equal("郑市监罚〔2025〕0002号", (string)(await IssueAsync(e.H, 2, Inputs())).Variables["caseNumber"]!);

        // 00:00 on 1 January in China is still 31 December in UTC: the China year counts.
        e.H.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2025, e.H.Clock.GetUtcNow().Year);
        var first = await IssueAsync(e.H, 3, Inputs());
        Assert.Equal(("郑市监罚〔2026〕0001号", 2026), ((string)first.Variables["caseNumber"]!, (int)first.Variables["caseYear"]!));
        Assert.Equal("郑市监罚〔2026〕0002号", (string)(await IssueAsync(e.H, 4, Inputs())).Variables["caseNumber"]!);
    }

    [Fact]
    public async Task Agencies_and_kinds_count_separately_and_a_retry_gets_its_number_back()
    {
        await using var e = await IsolatedEngine.StartAsync(provider);

        Assert.Equal("郑市监罚〔2025〕0001号", (string)(await IssueAsync(e.H, 1, Inputs())).Variables["caseNumber"]!);
        Assert.Equal("郑市监立〔2025〕0001号", (string)(await IssueAsync(e.H, 2, Inputs(kind: "立"))).Variables["caseNumber"]!);
        Assert.Equal("金市监罚〔2025〕001号", (string)(await IssueAsync(e.H, 3, Inputs("金市监", digits: 3))).Variables["caseNumber"]!);
        Assert.Equal("410100SJ-CF-2025-0001", (string)(await IssueAsync(e.H, 4, Inputs("410100SJ", "CF", "ascii"))).Variables["caseNumber"]!);

        // Element instance 1 runs again (a retried job): same number, and the counter does not move.
        Assert.Equal("郑市监罚〔2025〕0001号", (string)(await IssueAsync(e.H, 1, Inputs())).Variables["caseNumber"]!);
        Assert.Equal("郑市监罚〔2025〕0002号", (string)(await IssueAsync(e.H, 5, Inputs())).Variables["caseNumber"]!);
    }

    [Fact]
    public async Task A_service_task_sets_the_case_number_variable()
    {
        await using var e = await IsolatedEngine.StartAsync(provider);
        await e.H.DeployAsync(Bpmn.Process("numbered", $"""
            <bpmn:startEvent id="start" />
            {Bpmn.ServiceTask("number", Type, """<zeebe:ioMapping><zeebe:input source="=&quot;郑市监&quot;" target="agencyCode" /></zeebe:ioMapping>""")}
            {Bpmn.UserTask("investigate")}
            {Bpmn.Chain("start", "number", "investigate")}
            """));

        var first = await e.H.StartAsync("numbered");
        var second = await e.H.StartAsync("numbered");
        await e.H.RunJobsAsync();

        Assert.Equal("郑市监罚〔2025〕0001号", (string)(await e.H.InstanceAsync(first)).Variables["caseNumber"]!);
        Assert.Equal("郑市监罚〔2025〕0002号", (string)(await e.H.InstanceAsync(second)).Variables["caseNumber"]!);
    }

    /// <summary>The tests of this class that do not run on each database: they run once.</summary>
    public sealed class WithoutDatabase
    {
        [Theory]
        [InlineData("agencyCode", "郑 市监", null, null)]
        [InlineData("agencyCode", "郑市监", null, "ASCII")]
        [InlineData("style", "ZZ", null, "ROMAN")]
        [InlineData("kind", "ZZ", "", null)]
        public async Task Bad_inputs_name_the_input(string input, string agency, string? kind, string? style)
        {
            await using var e = await IsolatedEngine.StartAsync(DatabaseProvider.Sqlite);
            var variables = Inputs(agency, style: style);
            if (kind is not null) variables["kind"] = kind;

            var error = await Assert.ThrowsAsync<ActivityInputException>(() => IssueAsync(e.H, 1, variables));
            Assert.Equal(input, error.InputName);
        }
    }
}

public sealed class CaseNumberActivitySqliteTests() : CaseNumberActivityTests(DatabaseProvider.Sqlite);
public sealed class CaseNumberActivityPostgresTests() : CaseNumberActivityTests(DatabaseProvider.Postgres);
