namespace Bpm.Engine.Model;

/// <summary>Who may start a process through the API, declared on the bpmn:process as generic zeebe properties (Camunda 8 has
/// no start-authorization attribute; <c>zeebe:properties</c> is its vocabulary for model-level settings an engine or Tasklist
/// reads, and the names follow Camunda 7's <c>candidateStarterGroups</c> / <c>candidateStarterUsers</c>):
/// <code>
/// &lt;bpmn:process id="..."&gt;
///   &lt;bpmn:extensionElements&gt;
///     &lt;zeebe:properties&gt;
///       &lt;zeebe:property name="candidateStarterGroups" value="zz-scjg-jicha, js-scjg-zhifa" /&gt;
///       &lt;zeebe:property name="candidateStarterUsers" value="zhangwei" /&gt;
///       &lt;zeebe:property name="candidateStarterRoles" value="officer, head" /&gt;
///     &lt;/zeebe:properties&gt;
///   &lt;/bpmn:extensionElements&gt;
/// </code>
/// Comma-separated lists; a caller matching any entry may start it. Null when the process declares none of them. A process
/// that declares them empty (<c>candidateStarterRoles=""</c>) is started only by other processes (call activity, message,
/// timer): nobody is offered it by hand (docs/workflows.md "Who may start a workflow").</summary>
public sealed record StartAuthorization(IReadOnlyList<string> Groups, IReadOnlyList<string> Users, IReadOnlyList<string> Roles)
{
    public const string GroupsProperty = "candidateStarterGroups";
    public const string UsersProperty = "candidateStarterUsers";
    public const string RolesProperty = "candidateStarterRoles";

    public static StartAuthorization? From(IReadOnlyDictionary<string, string> properties)
    {
        if (!properties.ContainsKey(GroupsProperty) && !properties.ContainsKey(UsersProperty) && !properties.ContainsKey(RolesProperty))
            return null;
        return new StartAuthorization(List(properties, GroupsProperty), List(properties, UsersProperty), List(properties, RolesProperty));
    }

    /// <summary>Declared, but naming nobody: only other processes start it.</summary>
    public bool NamesNobody => Groups.Count == 0 && Users.Count == 0 && Roles.Count == 0;

    public bool Allows(string username, IEnumerable<string> groups, IEnumerable<string> roles) =>
        Users.Contains(username) || groups.Any(Groups.Contains) || roles.Any(Roles.Contains);

    private static IReadOnlyList<string> List(IReadOnlyDictionary<string, string> properties, string name) =>
        properties.TryGetValue(name, out var text)
            ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList()
            : [];
}
