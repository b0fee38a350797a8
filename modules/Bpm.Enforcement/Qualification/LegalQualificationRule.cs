using Bpm.Engine.Model;
using Bpm.Engine.People;
using Bpm.Engine.UserTasks;

namespace Bpm.Enforcement.Qualification;

/// <summary><c>requiresLegalQualification</c>: the performer holds the legal professional qualification (法律职业资格) a
/// reviewer of penalty decisions needs.</summary>
public sealed class LegalQualificationRule : IAssignmentRule
{
    public const string Rule = "legal-professional-qualification";
    public const string Law =
        "《中华人民共和国行政处罚法》第五十八条第二款（初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格）";

    public string Name => Rule;

    public bool AppliesTo(TaskNode task) => AssignmentHeaders.IsTrue(task, AssignmentHeaders.RequiresLegalQualification);

    public IEnumerable<string> HeaderProblems(TaskNode task, ProcessModel model) =>
        AssignmentHeaders.FlagProblems(task, AssignmentHeaders.RequiresLegalQualification);

    public async Task CheckPerformerAsync(AssignmentCheck check, CancellationToken ct)
    {
        if (!await check.People.HasLegalQualificationAsync(check.Performer, ct))
            throw new UserTaskRuleViolationException(Rule, Law,
                $"该任务须由取得法律职业资格的法制审核人员办理，{await check.People.DisplayNameAsync(check.Performer, ct)}未登记法律职业资格（{Law}）", check.Field);
    }
}
