using System.Globalization;
using Bpm.Engine.Model;
using Bpm.Engine.UserTasks;

namespace Bpm.Enforcement.Qualification;

/// <summary><c>requiredOfficers</c> = N: the task completes only after N distinct officers confirmed it (each confirming
/// officer passes the task's other rules when confirming; <see cref="CertificateRule"/> applies too).</summary>
public sealed class TwoOfficersRule : IAssignmentRule
{
    public const string Rule = "two-officers";
    public const string Law = OfficerQualification.TeamLaw;

    public string Name => Rule;

    public bool AppliesTo(TaskNode task) => AssignmentHeaders.Officers(task) > 0;

    public int RequiredConfirmations(TaskNode task) => AssignmentHeaders.Officers(task);

    public IEnumerable<string> HeaderProblems(TaskNode task, ProcessModel model)
    {
        if (!task.Headers.TryGetValue(AssignmentHeaders.RequiredOfficers, out var officers)) yield break;
        if (!task.IsWorkedByPeople) yield return AssignmentHeaders.OnlyOnUserTasks(AssignmentHeaders.RequiredOfficers);
        else if (!int.TryParse(officers.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > 20)
            yield return $"任务头「{AssignmentHeaders.RequiredOfficers}」须为 1 到 20 的整数（实际为「{officers}」）";
    }

    public Task CheckPerformerAsync(AssignmentCheck check, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Refuses completion before the required number of distinct officers confirmed the task.</summary>
    public async Task CheckCompletionAsync(AssignmentCheck check, CancellationToken ct)
    {
        var required = RequiredConfirmations(check.Node);
        var confirmed = await check.ConfirmersAsync(ct);
        if (confirmed.Count < required)
            throw new UserTaskRuleViolationException(Rule, Law,
                $"该任务须由至少 {required} 名执法人员分别确认后方可完成，目前确认 {confirmed.Count} 人" +
                $"（{string.Join("、", confirmed)}）({Law})");
    }
}
