using Bpm.Engine.Model;
using Bpm.Engine.People;
using Bpm.Engine.UserTasks;

namespace Bpm.Enforcement.Qualification;

/// <summary><c>requiresCertificate</c> (implied by <c>requiredOfficers</c>: an officer without a certificate is not
/// qualified to confirm): the performer is 在编 and holds an enforcement certificate valid on the engine clock's date.</summary>
public sealed class CertificateRule : IAssignmentRule
{
    public const string Rule = "valid-enforcement-certificate";
    public const string Law = OfficerQualification.Law;

    public string Name => Rule;

    public bool AppliesTo(TaskNode task) =>
        AssignmentHeaders.IsTrue(task, AssignmentHeaders.RequiresCertificate) || AssignmentHeaders.Officers(task) > 0;

    public IEnumerable<string> HeaderProblems(TaskNode task, ProcessModel model) =>
        AssignmentHeaders.FlagProblems(task, AssignmentHeaders.RequiresCertificate);

    public async Task CheckPerformerAsync(AssignmentCheck check, CancellationToken ct)
    {
        if (await OfficerQualification.ProblemAsync(check.People, check.Performer, check.Today, ct) is { } reason)
            throw new UserTaskRuleViolationException(Rule, Law,
                $"{await check.People.DisplayNameAsync(check.Performer, ct)}：该任务须由持有效行政执法证的在编执法人员办理，{reason}（{Law}）", check.Field);
    }
}
