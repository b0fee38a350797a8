using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Workflows;

/// <summary>Who is offered the shipped workflows on 发起案件 (docs/workflows.md "Who may start a workflow"): every shipped
/// workflow has its own name and a category; one that only call activities start (no message or timer start of its own) is
/// offered to nobody and an officer who tries is refused; the lists of 张伟 (officer), 杨帆 (head), 徐帆 (designer) and admin
/// hold exactly the procedures their role opens cases with.</summary>
public abstract class ShippedWorkflowStartersTests(BpmServerFactory factory)
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";
    private readonly ScenarioDriver driver = new(factory);

    private static readonly string[] CaseProcedures = ["administrative-license", "administrative-penalty", "administrative-penalty-summary", "complaint"];
    private static readonly string[] SupervisionProcedures = ["case-file-review", "demonstration-site-cycle", "supervision", "training-compliance-schedule"];

    public static TheoryData<string, string[]> ListsByRole() => new()
    {
        { "zhangwei", CaseProcedures },
        { "yangfan", [.. CaseProcedures, "annual-statistics"] },
        { "xufan", [] },
        { "admin", [.. CaseProcedures, "annual-statistics", .. SupervisionProcedures] },
    };

    private sealed record Shipped(string Id, string? Name, string? Category, bool OwnTrigger, IReadOnlySet<string> Calls);

    private static IReadOnlyList<Shipped> ShippedWorkflows() => WorkflowFiles.Bpmn.Select(file =>
    {
        var process = XDocument.Load(file).Root!.Element(Bpmn + "process")!;
        var properties = process.Element(Bpmn + "extensionElements")?.Element(Zeebe + "properties")?.Elements(Zeebe + "property")
            .ToDictionary(p => (string)p.Attribute("name")!, p => (string?)p.Attribute("value")) ?? [];
        var ownTrigger = process.Elements(Bpmn + "startEvent")
            .Any(s => s.Element(Bpmn + "messageEventDefinition") is not null || s.Element(Bpmn + "timerEventDefinition") is not null);
        var calls = process.Descendants(Zeebe + "calledElement").Select(c => (string)c.Attribute("processId")!).ToHashSet(StringComparer.Ordinal);
        return new Shipped((string)process.Attribute("id")!, (string?)process.Attribute("name"), properties.GetValueOrDefault("category"), ownTrigger, calls);
    }).ToList();

    private static IReadOnlyList<string> CalledOnly()
    {
        var shipped = ShippedWorkflows();
        var called = shipped.SelectMany(s => s.Calls).ToHashSet(StringComparer.Ordinal);
        return shipped.Where(s => called.Contains(s.Id) && !s.OwnTrigger).Select(s => s.Id).Order(StringComparer.Ordinal).ToList();
    }

    private async Task<IReadOnlyList<(string Id, string Name, string? Category)>> StartableAsync(string username) =>
        (await (await driver.AsAsync(username)).GetItemsAsync("/api/me/startable-processes"))
            .Select(p => ((string)p!["bpmnProcessId"]!, (string)p["name"]!, (string?)p["category"]))
            .ToList();

    [Fact]
    public void Every_shipped_workflow_has_its_own_name_and_a_category()
    {
        var shipped = ShippedWorkflows();
        Assert.All(shipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Name), $"{s.Id} has no name"));
        Assert.All(shipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Category), $"{s.Id} has no category"));
        var shared = shipped.GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(s => s.Id))}");
        Assert.Empty(shared);
    }

    [Fact]
    public async Task A_workflow_only_call_activities_start_is_offered_to_nobody_and_an_officer_is_refused()
    {
        var calledOnly = CalledOnly();
        Assert.Equal(["collective-discussion", "disclosure", "legal-review", "major-penalty-filing", "training-compliance"], calledOnly);
        foreach (var username in new[] { "zhangwei", "yangfan", "admin" })
            Assert.DoesNotContain((await StartableAsync(username)).Select(p => p.Id), calledOnly.Contains);

        var zhangwei = await driver.AsAsync("zhangwei");
        foreach (var id in calledOnly)
        {
            var problem = await (await zhangwei.PostAsJsonAsync("/api/process-instances", new { bpmnProcessId = id }))
                .ReadProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal("process-start-not-allowed", (string?)problem["rule"]);
            Assert.Contains("只由其他流程调用或触发", (string?)problem["detail"], StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(ListsByRole))]
    public async Task The_start_list_holds_the_procedures_the_role_opens_cases_with_each_under_its_category(string username, string[] expected)
    {
        var shipped = ShippedWorkflows().ToDictionary(s => s.Id, StringComparer.Ordinal);
        var offered = (await StartableAsync(username)).Where(p => shipped.ContainsKey(p.Id)).ToList();

        Assert.Equal(expected.Order(StringComparer.Ordinal), offered.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.All(offered, p => Assert.Equal((shipped[p.Id].Name, shipped[p.Id].Category), (p.Name, p.Category)));
        Assert.Equal(offered.Count, offered.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count());
    }
}

public sealed class ShippedWorkflowStartersSqliteTests(WorkflowServerFactory<Sqlite> f) : ShippedWorkflowStartersTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class ShippedWorkflowStartersPostgresTests(WorkflowServerFactory<Postgres> f) : ShippedWorkflowStartersTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;
