using System.Text.Json.Nodes;
using Bpm.Engine.Activities;
using Bpm.Engine.People;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Bpm.Engine.Tests.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Activities.Enforcement;

/// <summary>Seeded samples of closed case files: 20 closed penalty cases of 金水区局 (10 in the bureau, 10 in its team) on
/// 2025-09-26, plus cases that must never be drawn (another agency's, another process's, an open one, one closed later).</summary>
public abstract class CaseFileSamplingActivityTests(DatabaseProvider provider)
{
    private const string Type = "bpm:case-file-sampling";

    private static async Task<(IsolatedEngine Engine, HashSet<string> Population)> StartAsync(DatabaseProvider provider)
    {
        var e = await IsolatedEngine.StartAsync(provider, s => s.AddSingleton<IPeopleDirectory>(
            new FakePeopleDirectory().Unit("jinshui", "zhengzhou").Unit("jinshui-team", "jinshui").Unit("zhongmou", "zhengzhou")));
        await e.H.DeployAsync(Bpmn.Process("administrative-penalty", """<bpmn:startEvent id="start" /><bpmn:endEvent id="end" />""" + Bpmn.Chain("start", "end")));
        await e.H.DeployAsync(Bpmn.Process("open-penalty", $"""<bpmn:startEvent id="start" />{Bpmn.UserTask("wait")}{Bpmn.Chain("start", "wait")}"""), "open.bpmn");
        await e.H.DeployAsync(Bpmn.Process("complaint", """<bpmn:startEvent id="start" /><bpmn:endEvent id="end" />""" + Bpmn.Chain("start", "end")), "complaint.bpmn");
        var population = new HashSet<string>();
        for (var i = 0; i < 20; i++)
        {
            var unit = i % 2 == 0 ? "jinshui" : "jinshui-team";
            population.Add((await e.H.StartAsync("administrative-penalty", new { organisationId = unit }, $"金市监罚〔2025〕{i:0000}号")).ToString());
        }
        await e.H.StartAsync("administrative-penalty", new { organisationId = "zhongmou" }, "中市监罚〔2025〕0001号");
        await e.H.StartAsync("complaint", new { organisationId = "jinshui" });
        await e.H.StartAsync("open-penalty", new { organisationId = "jinshui" });
        e.H.Clock.Advance(TimeSpan.FromDays(10));
        await e.H.StartAsync("administrative-penalty", new { organisationId = "jinshui" }, "金市监罚〔2025〕0100号");
        return (e, population);
    }

    private static async Task<(List<string> Keys, int Population, string Seed)> SampleAsync(IsolatedEngine e, JsonObject inputs)
    {
        inputs["organisationId"] ??= "jinshui";
        inputs["closedFrom"] ??= "2025-09-01";
        inputs["closedTo"] ??= "2025-09-30";
        var result = await e.H.Services.InvokeAsync(Type, inputs, elementInstanceKey: 77);
        var cases = result.Variables["sampledCases"]!.AsArray();
        Assert.All(cases, c => Assert.Contains("市监罚", (string)c!["businessKey"]!));
        return (cases.Select(c => (string)c!["processInstanceKey"]!).ToList(), (int)result.Variables["populationSize"]!,
            (string)result.Variables["sampleSeed"]!);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_sample_and_another_seed_another()
    {
        var (e, population) = await StartAsync(provider);
        await using var _ = e;

        var first = await SampleAsync(e, new JsonObject { ["seed"] = "2025年度案卷评查", ["sampleSize"] = 5 });
        var again = await SampleAsync(e, new JsonObject { ["seed"] = "2025年度案卷评查", ["sampleSize"] = 5 });
        var other = await SampleAsync(e, new JsonObject { ["seed"] = "2025年度案卷评查（复查）", ["sampleSize"] = 5 });

        Assert.Equal(20, first.Population);
        Assert.Equal(5, first.Keys.Count);
        Assert.Equal(5, first.Keys.Distinct().Count());
        Assert.Subset(population, first.Keys.ToHashSet());
        Assert.Equal(first.Keys, again.Keys);
        Assert.NotEqual(first.Keys, other.Keys);
        Assert.Equal("2025年度案卷评查", first.Seed);
    }

    [Fact]
    public async Task A_sample_at_least_the_population_takes_every_file()
    {
        var (e, population) = await StartAsync(provider);
        await using var _ = e;

        var all = await SampleAsync(e, new JsonObject { ["sampleSize"] = 25 });

        Assert.Equal(population.Order(), all.Keys.Order());
        Assert.Equal("1-77", all.Seed);
    }

    [Fact]
    public async Task A_percentage_rounds_up_and_respects_the_minimum()
    {
        var (e, _) = await StartAsync(provider);
        await using var __ = e;

        Assert.Equal(3, (await SampleAsync(e, new JsonObject { ["samplePercent"] = 11 })).Keys.Count);
        Assert.Equal(4, (await SampleAsync(e, new JsonObject { ["samplePercent"] = 10, ["minimumSize"] = 4 })).Keys.Count);
    }

    [Fact]
    public async Task Units_and_dates_bound_the_population()
    {
        var (e, _) = await StartAsync(provider);
        await using var __ = e;

        Assert.Equal(10, (await SampleAsync(e, new JsonObject { ["sampleSize"] = 3, ["includeSubunits"] = false })).Population);
        Assert.Equal(10, (await SampleAsync(e, new JsonObject { ["sampleSize"] = 3, ["organisationId"] = "jinshui-team" })).Population);
        Assert.Equal(21, (await SampleAsync(e, new JsonObject { ["sampleSize"] = 3, ["organisationId"] = "zhengzhou" })).Population);
        Assert.Equal(1, (await SampleAsync(e, new JsonObject { ["sampleSize"] = 3, ["closedFrom"] = "2025-10-06", ["closedTo"] = "2025-10-06" })).Population);
    }

    [Fact]
    public async Task An_empty_population_gives_an_empty_sample()
    {
        var (e, _) = await StartAsync(provider);
        await using var __ = e;

        var none = await SampleAsync(e, new JsonObject { ["samplePercent"] = 50, ["closedFrom"] = "2024-01-01", ["closedTo"] = "2024-12-31" });

        Assert.Empty(none.Keys);
        Assert.Equal(0, none.Population);
    }

    /// <summary>The tests of this class that do not run on each database: they run once.</summary>
    public sealed class WithoutDatabase
    {
        [Theory]
        [InlineData("closedTo", "{\"sampleSize\":1,\"closedTo\":\"2025-08-01\"}")]
        [InlineData("samplePercent", "{\"sampleSize\":1,\"samplePercent\":5}")]
        [InlineData("sampleSize", "{}")]
        [InlineData("samplePercent", "{\"samplePercent\":120}")]
        [InlineData("bpmnProcessIds", "{\"sampleSize\":1,\"bpmnProcessIds\":[]}")]
        public async Task Bad_inputs_name_the_input(string input, string json)
        {
            await using var e = await IsolatedEngine.StartAsync(DatabaseProvider.Sqlite);

            var error = await Assert.ThrowsAsync<ActivityInputException>(() => SampleAsync(e, JsonNode.Parse(json)!.AsObject()));
            Assert.Equal(input, error.InputName);
        }
    }
}

public sealed class CaseFileSamplingActivitySqliteTests() : CaseFileSamplingActivityTests(DatabaseProvider.Sqlite);
public sealed class CaseFileSamplingActivityPostgresTests() : CaseFileSamplingActivityTests(DatabaseProvider.Postgres);
