using Bpm.Engine.People;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Time;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Discretion.Annual;

/// <summary>Counts a unit's licences, inspections, hearings, legal reviews and collective discussions of one year (Beijing
/// time) in SQL, grouped, from the engine's tables: the case's unit is its instance's <c>organisation_id</c> (with the units
/// below it). What each figure counts:
/// <list type="bullet">
/// <item>行政许可（件）: completed 作出行政许可决定 tasks (<c>administrative-license</c> <c>decide</c>, granted or refused);</item>
/// <item>行政检查（次）: completed 现场核查 tasks of licences (<c>siteInspection</c>) and 调查取证 tasks of the general penalty
/// procedure (<c>administrative-penalty</c> <c>investigate</c>, the on-site inspection and evidence taking);</item>
/// <item>听证（次）: completed 组织听证 tasks (<c>administrative-penalty</c> <c>hearing</c>);</item>
/// <item>法制审核（件）: <c>legal-review</c> cases completed (the review concluded) in the year;</item>
/// <item>集体讨论（次）: <c>collective-discussion</c> cases completed (the heads decided) in the year.</item>
/// </list></summary>
public sealed class AnnualCaseFiguresQuery(IDbContextFactory<BpmDbContext> contexts, IPeopleDirectory people)
{
    public const string LicenceProcess = "administrative-license";
    public const string PenaltyProcess = "administrative-penalty";
    public const string LegalReviewProcess = "legal-review";
    public const string CollectiveDiscussionProcess = "collective-discussion";

    public async Task<AnnualCaseFigures> ForAsync(int year, string? unit, CancellationToken ct)
    {
        var start = new DateTimeOffset(year, 1, 1, 0, 0, 0, ChinaTime.Offset);
        var before = start.AddYears(1);
        var units = unit is null ? null : (await people.OrganisationSubtreeAsync(unit, ct)).ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);

        var instances = db.ProcessInstances.AsNoTracking().Where(i => units == null || (i.OrganisationId != null && units.Contains(i.OrganisationId)));
        var tasks = await (
            from task in db.UserTasks.AsNoTracking()
            join instance in instances on task.ProcessInstanceKey equals instance.Key
            where task.State == UserTaskState.Completed && task.CompletedAt >= start && task.CompletedAt < before
                && ((task.BpmnProcessId == LicenceProcess && (task.ElementId == "decide" || task.ElementId == "siteInspection"))
                    || (task.BpmnProcessId == PenaltyProcess && (task.ElementId == "investigate" || task.ElementId == "hearing")))
            group task by new { task.BpmnProcessId, task.ElementId } into g
            select new { g.Key.BpmnProcessId, g.Key.ElementId, Count = g.Count() }).ToListAsync(ct);
        var cases = await instances
            .Where(i => i.State == ProcessInstanceState.Completed && i.EndedAt >= start && i.EndedAt < before
                && (i.BpmnProcessId == LegalReviewProcess || i.BpmnProcessId == CollectiveDiscussionProcess))
            .GroupBy(i => i.BpmnProcessId)
            .Select(g => new { BpmnProcessId = g.Key, Count = g.Count() }).ToListAsync(ct);

        int Tasks(string process, string element) => tasks.Where(t => t.BpmnProcessId == process && t.ElementId == element).Sum(t => t.Count);
        int Cases(string process) => cases.Where(c => c.BpmnProcessId == process).Sum(c => c.Count);
        return new AnnualCaseFigures(year, unit,
            Tasks(LicenceProcess, "decide"),
            Tasks(LicenceProcess, "siteInspection") + Tasks(PenaltyProcess, "investigate"),
            Tasks(PenaltyProcess, "hearing"),
            Cases(LegalReviewProcess),
            Cases(CollectiveDiscussionProcess));
    }
}
