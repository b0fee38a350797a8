using System.Text.Json.Nodes;
using Bpm.Activities;
using Bpm.Activities.Enforcement;
using Bpm.Engine.Activities;
using Bpm.Engine.Decisions;
using Bpm.Engine.Decisions.Evaluation;
using Bpm.Engine.Decisions.Model;
using Bpm.Engine.Decisions.Parsing;
using Bpm.Engine.Decisions.Storage;
using Bpm.Engine.Expressions;
using Bpm.Engine.People;
using Bpm.Engine.Runtime;
using Bpm.Engine.Tests.Expressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Activities.Enforcement;

/// <summary>bpm:major-decision-check decides from the deployed 重大执法决定目录 (workflows/discretion/major-decisions.dmn) and
/// ignores the configured thresholds then; the configuration applies only while no table is deployed.</summary>
public sealed class MajorDecisionTableTests
{
    private const string Type = "bpm:major-decision-check";

    private static ServiceProvider Services(IDecisionService decisions) => ActivityTestHost.Build(s => s
        .AddSingleton<IPeopleDirectory>(new FakePeopleDirectory().Unit("city", "province"))
        .AddSingleton(decisions)
        .AddBpmActivities(BpmActivitiesAssembly.Assembly)
        .AddBpmEnforcementOptions(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bpm:Enforcement:MajorDecision:Organisations:city:PersonFineThreshold"] = "5000",
        }).Build()));

    private static async Task<(bool IsMajor, List<string> Reasons)> CheckAsync(IServiceProvider services, string party, decimal fine, string[] kinds,
        string organisation = "city")
    {
        var result = await services.InvokeAsync(Type, new JsonObject
        {
            ["partyKind"] = party, ["fineAmount"] = fine, ["confiscationValue"] = 0,
            ["penaltyKinds"] = new JsonArray(kinds.Select(k => (JsonNode?)k).ToArray()), ["organisationId"] = organisation,
        });
        return ((bool)result.Variables["isMajor"]!, result.Variables["majorReasons"]!.AsArray().Select(r => (string)r!).ToList());
    }

    [Fact]
    public async Task The_deployed_table_decides_and_names_its_rule_version_and_basis()
    {
        using var services = Services(new LibraryDecisions(deployed: true));

        var (isMajor, reasons) = await CheckAsync(services, "ORGANISATION", 100000, ["罚款", "吊销营业执照"]);

        Assert.True(isMajor);
        Assert.Equal(2, reasons.Count);
        Assert.StartsWith("对法人或者其他组织罚款十万元以上（《河南省重大行政处罚备案审查办法》", reasons[0], StringComparison.Ordinal);
        Assert.Contains("重大执法决定目录第 3 版规则 2", reasons[0], StringComparison.Ordinal);
        Assert.StartsWith("吊销许可证件或营业执照", reasons[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_table_deployed_a_configured_threshold_no_longer_applies()
    {
        using var services = Services(new LibraryDecisions(deployed: true));
        Assert.False((await CheckAsync(services, "PERSON", 5000, ["罚款"])).IsMajor);
        Assert.True((await CheckAsync(services, "PERSON", 10000, ["罚款"])).IsMajor);
    }

    [Fact]
    public async Task Without_a_deployed_table_the_configured_thresholds_are_the_fallback()
    {
        using var services = Services(new LibraryDecisions(deployed: false));
        var (isMajor, reasons) = await CheckAsync(services, "PERSON", 5000, ["罚款"]);
        Assert.True(isMajor);
        Assert.Contains("5,000 元以上罚款", Assert.Single(reasons), StringComparison.Ordinal);
    }

    /// <summary>The engine's decision service as far as the activity uses it, over the library file (version 3 when deployed).</summary>
    private sealed class LibraryDecisions(bool deployed) : IDecisionService
    {
        private static readonly DecisionGraph Graph = Load();

        private static DecisionGraph Load()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "BPM.sln")))
                {
                    var file = Path.Combine(dir.FullName, "workflows", "discretion", "major-decisions.dmn");
                    return new DmnParser(new FeelEngine(TestClock.AtRealNow())).Parse("major-decisions.dmn", File.ReadAllBytes(file)).Graph!;
                }
            throw new InvalidOperationException("BPM.sln not found above the test binaries");
        }

        public Task<DecisionEvaluationResult> EvaluateAsync(string decisionId, int? version, JsonObject? variables, CancellationToken ct)
        {
            if (!deployed) throw new EngineNotFoundException($"no decision with id '{decisionId}' is deployed");
            var stored = new StoredDecision(1, decisionId, "重大执法决定情形", 3, Graph.Id, "major-decisions.dmn", DateTimeOffset.UnixEpoch, Graph);
            var evaluation = DecisionEvaluator.Evaluate(Graph, decisionId, Variables.FromJson((variables ?? []).ToJsonString()), ct);
            return Task.FromResult(new DecisionEvaluationResult(stored, evaluation));
        }

        public Task<IReadOnlyList<DecisionDefinitionInfo>> ListAsync(string? decisionId, bool allVersions, CancellationToken ct) => throw new NotSupportedException();
        public Task<DecisionDefinitionInfo?> GetAsync(long key, CancellationToken ct) => throw new NotSupportedException();
        public Task<string?> GetXmlAsync(long key, CancellationToken ct) => throw new NotSupportedException();
    }
}
