using Bpm.Engine.Deployment;
using Bpm.Engine.Model;
using Bpm.Engine.Parsing;
using Bpm.Enforcement.Roles;
using Bpm.Engine.People;
using Bpm.Server.Auth;
using Bpm.Server.Identity.Storage;
using Bpm.Server.Identity.Vocabulary;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Deployment;

/// <summary>Candidate groups match directory groups (a user's <c>groups</c>), not roles: a literal candidate group that is a
/// role code (<c>officer</c>, <c>head</c>) and that no active person carries as a group puts the task in nobody's inbox, so
/// the deployment is refused naming the task and suggesting the groups of the people with that role (issue 15).</summary>
public sealed class RoleCodeCandidateGroupRule(IDbContextFactory<IdentityDbContext> contexts) : IDeploymentRule
{
    public const string RuleName = "候选组须为目录中的组";

    public IEnumerable<ValidationError> Check(ProcessModel model, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(model);
        var suspects = model.ElementsById.Values.OfType<TaskNode>()
            .Where(t => t.IsWorkedByPeople && t.UserTask?.CandidateGroups is { IsStatic: true })
            .Select(t => (Task: t, Codes: RoleCodes(t.UserTask!.CandidateGroups!.Source)))
            .Where(s => s.Codes.Count > 0)
            .OrderBy(s => s.Task.Line)
            .ToList();
        if (suspects.Count == 0) return [];

        // Deployment rules are synchronous; the directory is read only for a model that names a role code as a group.
        using var db = contexts.CreateDbContext();
        var people = db.Users.AsNoTracking().Where(u => u.Active).Select(u => new { u.Roles, u.Groups }).ToList()
            .Select(u => (Roles: RoleList.Parse(u.Roles), Groups: RoleList.Parse(u.Groups))).ToList();
        var carried = people.SelectMany(p => p.Groups).ToHashSet(StringComparer.Ordinal);
        var errors = new List<ValidationError>();
        foreach (var (task, codes) in suspects)
        foreach (var code in codes.Where(c => !carried.Contains(c)))
        {
            var groups = people.Where(p => p.Roles.Contains(code)).SelectMany(p => p.Groups).Distinct().Order(StringComparer.Ordinal).ToList();
            var named = string.IsNullOrWhiteSpace(task.Name) ? $"（{task.Id}）" : $"“{task.Name}”（{task.Id}）";
            var suggestion = groups.Count == 0 ? "目录中的组" : "组 " + string.Join("、", groups);
            var example = groups.FirstOrDefault() ?? "组代码";
            errors.Add(new ValidationError(task.Id,
                $"用户任务{named}的候选组“{code}”是角色（{RoleNames.Of(code)}）的代码，不是目录中的组：没有人属于该组，任务生成后无人能看到和领取。" +
                $"请改用{suggestion}，或按案件的承办单位选组，例如 =if groups.unit = null then \"{example}\" else groups.unit。规则：{RuleName}。",
                task.Line, task.ElementType, resourceName));
        }
        return errors;
    }

    private static List<string> RoleCodes(string source) =>
        source.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(c => IdentityRoles.All.Contains(c, StringComparer.Ordinal)).ToList();
}
