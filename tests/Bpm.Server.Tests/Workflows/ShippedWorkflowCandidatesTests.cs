using System.Xml.Linq;
using Bpm.Server.Identity.Demo;

namespace Bpm.Server.Tests.Workflows;

/// <summary>Issue 15: every user task of a shipped workflow whose performers are literal (not FEEL) reaches someone: an
/// active demo person (docs/people.md) is its assignee, one of its candidate users or in one of its candidate groups, and so
/// sees it in 我的任务 and may claim it (the engine's candidate rule, <c>TaskAccess.IsCandidate</c>). Role codes
/// (<c>officer</c>, <c>head</c>) are not groups and match nobody.</summary>
public sealed class ShippedWorkflowCandidatesTests
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";

    [Theory, MemberData(nameof(WorkflowFiles.BpmnNames), MemberType = typeof(WorkflowFiles))]
    public void Every_user_task_with_literal_candidates_reaches_an_active_demo_person(string file)
    {
        var people = DemoPeople.All.Select(p => p.User).ToList();
        var unreached = new List<string>();
        foreach (var task in XDocument.Load(Path.Combine(WorkflowFiles.Folder, file)).Descendants(Bpmn + "userTask"))
        {
            var assignment = task.Element(Bpmn + "extensionElements")?.Element(Zeebe + "assignmentDefinition");
            var assignee = Literal(assignment, "assignee");
            var groups = Literal(assignment, "candidateGroups");
            var users = Literal(assignment, "candidateUsers");
            if (assignee is null && groups is null && users is null) continue;
            var reached = people.Any(p => p.Username == assignee?.SingleOrDefault() || (users?.Contains(p.Username) ?? false)
                || (groups?.Any(g => p.Groups.Contains(g)) ?? false));
            if (!reached)
                unreached.Add($"{(string?)task.Attribute("id")} ({(string?)task.Attribute("name")}): " +
                    $"assignee {assignee?.SingleOrDefault() ?? "-"}, candidateGroups {Join(groups)}, candidateUsers {Join(users)}");
        }
        Assert.True(unreached.Count == 0, $"{file}: user tasks no active demo person can see or claim:\n" + string.Join("\n", unreached));
    }

    /// <summary>The names of a literal performer attribute; null when it is absent or an expression.</summary>
    private static IReadOnlyList<string>? Literal(XElement? assignment, string attribute)
    {
        var value = (string?)assignment?.Attribute(attribute);
        if (string.IsNullOrWhiteSpace(value) || value.TrimStart().StartsWith('=')) return null;
        return value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    private static string Join(IReadOnlyList<string>? names) => names is null ? "-" : string.Join(",", names);
}
