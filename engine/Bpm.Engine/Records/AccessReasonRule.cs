using Bpm.Engine.People;
using Bpm.Engine.Persistence;
using Bpm.Engine.UserTasks;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Records;

/// <summary>A supervisor (司法局监督人) reading a case of another agency must say why (docs/records.md): true when the caller
/// is a supervisor, not an admin, and the case belongs to a unit of the area they supervise other than their own. Only
/// supervisors cost a query; everyone else is answered from their roles.</summary>
public sealed class AccessReasonRule(IPeopleDirectory people, IDbContextFactory<BpmDbContext> contextFactory, IEnumerable<ICaseReadCases> moduleCases)
{
    public const string Rule = "access-reason";

    public async Task<bool> RequiresReasonAsync(CaseReadKind kind, long key, TaskActor actor, CancellationToken ct)
    {
        if (!actor.Roles.Contains(Viewer.Supervisor) || actor.Roles.Contains(Viewer.Admin)) return false;
        var viewer = await Viewer.ResolveAsync(actor, people, ct);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var instanceKey = kind switch
        {
            CaseReadKind.Instance => key,
            CaseReadKind.Task => await db.UserTasks.Where(t => t.Key == key).Select(t => (long?)t.ProcessInstanceKey).FirstOrDefaultAsync(ct),
            CaseReadKind.Document => await db.Documents.Where(d => d.Key == key).Select(d => (long?)d.ProcessInstanceKey).FirstOrDefaultAsync(ct),
            _ => await ModuleCaseOfAsync(kind, key, ct),
        };
        if (instanceKey is null || viewer.SupervisedArea is not { } area) return false;
        var organisation = await db.ProcessInstances.Where(p => p.Key == instanceKey).Select(p => p.OrganisationId).FirstOrDefaultAsync(ct);
        if (organisation is null || organisation == viewer.OrganisationId) return false;
        // Outside the supervised area the supervisor reads nothing through supervision (the case rules refuse, or they take part).
        return (await people.OrganisationSubtreeAsync(area, ct)).Contains(organisation);
    }

    private async Task<long?> ModuleCaseOfAsync(CaseReadKind kind, long key, CancellationToken ct)
    {
        var cases = moduleCases.FirstOrDefault(c => c.Kind == kind) ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "no module answers reads of this kind");
        return (await cases.CasesOfAsync([key], ct)).TryGetValue(key, out var instance) ? instance : null;
    }
}
