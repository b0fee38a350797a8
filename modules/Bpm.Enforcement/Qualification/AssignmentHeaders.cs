using Bpm.Engine.Model;

namespace Bpm.Enforcement.Qualification;

/// <summary>The user-task headers the enforcement assignment rules read (docs/user-tasks.md, "Assignment rules"), and how
/// they are read and checked at deployment.</summary>
public static class AssignmentHeaders
{
    public const string RequiresCertificate = "requiresCertificate";
    public const string RequiresLegalQualification = "requiresLegalQualification";
    public const string ExcludePerformersOf = "excludePerformersOf";
    public const string RequiredOfficers = "requiredOfficers";

    /// <summary>Optional: the provision the model's separation of duties rests on, cited instead of the default one.</summary>
    public const string ExcludePerformersLaw = "excludePerformersLaw";

    /// <summary>Optional: a form field holding the username of a person the task names (a hearing's host), who must keep the
    /// same separation of duties (<see cref="ExcludePerformersOf"/>) as the performer.</summary>
    public const string ExcludePerformersField = "excludePerformersField";

    public static bool IsTrue(TaskNode task, string header) =>
        task.Headers.TryGetValue(header, out var flag) && string.Equals(flag.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    public static string? Trimmed(TaskNode task, string header) =>
        task.Headers.TryGetValue(header, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>The number of officers the task requires (0 when the header is absent or not a number).</summary>
    public static int Officers(TaskNode task) =>
        task.Headers.TryGetValue(RequiredOfficers, out var count) && int.TryParse(count, out var n) ? n : 0;

    public static IReadOnlyList<string> ExcludedElements(TaskNode task) =>
        task.Headers.TryGetValue(ExcludePerformersOf, out var list)
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

    /// <summary>A true/false header: only on user tasks, and only true or false.</summary>
    public static IEnumerable<string> FlagProblems(TaskNode task, string header)
    {
        if (!task.Headers.TryGetValue(header, out var flag)) yield break;
        if (!task.IsWorkedByPeople) yield return OnlyOnUserTasks(header);
        else if (flag.Trim().ToLowerInvariant() is not ("true" or "false"))
            yield return $"任务头「{header}」须为 true 或 false（实际为「{flag}」）";
    }

    public static string OnlyOnUserTasks(string header) => $"任务头「{header}」只能用在用户任务上";
}
