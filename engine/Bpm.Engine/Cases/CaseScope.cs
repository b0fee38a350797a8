using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.UserTasks;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Cases;

/// <summary>Which cases one caller reaches, as sets of organisation units plus the cases they take part in. Built once per
/// request from the people directory and the <see cref="ICaseAccessPolicy"/>; <see cref="Filter"/> turns it into a WHERE clause.</summary>
internal sealed class CaseScope
{
    public required Viewer Viewer { get; init; }
    /// <summary>Units whose cases the caller may act on (<see cref="ICaseAccessPolicy.UnitsAsync"/>).</summary>
    public required IReadOnlySet<string> ActUnits { get; init; }
    /// <summary><see cref="ActUnits"/> plus the units whose cases the caller may only read.</summary>
    public required IReadOnlySet<string> ReadUnits { get; init; }

    public bool IsAdmin => Viewer.IsAdmin;

    public CaseAccessLevel LevelFor(string? organisationId) =>
        IsAdmin ? CaseAccessLevel.Act
        : organisationId is null ? CaseAccessLevel.None
        : ActUnits.Contains(organisationId) ? CaseAccessLevel.Act
        : ReadUnits.Contains(organisationId) ? CaseAccessLevel.Read
        : CaseAccessLevel.None;

    /// <summary>The cases this caller takes part in: an assignee or owner of one of their tasks, a candidate user or a member of
    /// a candidate group of an open one (candidate rows go when a task ends), or an officer who gave a confirmation. Each
    /// branch is an index look-up (user_tasks (assignee|owner, process_instance_key), user_task_candidates (kind, value,
    /// task_key) joined on the task key, user_task_history (actor, process_instance_key) WHERE event = 'CONFIRMED').</summary>
    public IQueryable<long> Participation(BpmDbContext db)
    {
        var me = Viewer.Username;
        var groups = Viewer.Groups.ToList();
        var candidateTasks = db.UserTaskCandidates
            .Where(c => c.Kind == UserTaskCandidateEntity.User && c.Value == me).Select(c => c.TaskKey)
            .Concat(db.UserTaskCandidates.Where(c => c.Kind == UserTaskCandidateEntity.Group && groups.Contains(c.Value)).Select(c => c.TaskKey));
        return db.UserTasks.Where(t => t.Assignee == me).Select(t => t.ProcessInstanceKey)
            .Concat(db.UserTasks.Where(t => t.Owner == me).Select(t => t.ProcessInstanceKey))
            .Concat(db.UserTasks.Where(t => candidateTasks.Contains(t.Key)).Select(t => t.ProcessInstanceKey))
            .Concat(db.UserTaskHistory.Where(h => h.Event == UserTaskEvents.Confirmed && h.Actor == me).Select(h => h.ProcessInstanceKey));
    }

    /// <summary>The visible cases among <paramref name="query"/>, in SQL: the case's unit is one of <see cref="ReadUnits"/>, or
    /// its key is one the caller takes part in (fetched first: a person takes part in few cases, and a key list lets the
    /// database combine the organisation index with the primary key instead of scanning every case).</summary>
    public async Task<Func<BpmDbContext, IQueryable<ProcessInstanceEntity>, IQueryable<ProcessInstanceEntity>>?> FilterAsync(
        BpmDbContext db, CancellationToken ct)
    {
        if (IsAdmin) return null;
        var participating = await Participation(db).Distinct().ToListAsync(ct);
        var units = ReadUnits.ToList();
        return (_, query) => query.Where(i => (i.OrganisationId != null && units.Contains(i.OrganisationId)) || participating.Contains(i.Key));
    }
}
