using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.Persistence;

public sealed partial class StepChangeSet
{
    /// <summary>Marks a row this step changes: it is written with the step unless it is new in the step already. Safe to
    /// call more than once, so code that changes a row only says so instead of choosing (and remembering) the list.</summary>
    public void Track(UserTaskEntity task) => Track(InsertedUserTasks, UpdatedUserTasks, task);

    /// <inheritdoc cref="Track(UserTaskEntity)"/>
    public void Track(IncidentEntity incident) => Track(InsertedIncidents, UpdatedIncidents, incident);

    /// <inheritdoc cref="Track(UserTaskEntity)"/>
    public void Track(JobEntity job) => Track(InsertedJobs, UpdatedJobs, job);

    /// <inheritdoc cref="Track(UserTaskEntity)"/>
    public void Track(InboxMessageEntity message) => Track(InsertedInbox, UpdatedInbox, message);

    private static void Track<T>(List<T> inserted, List<T> updated, T entity) where T : class
    {
        if (!inserted.Contains(entity) && !updated.Contains(entity)) updated.Add(entity);
    }
}
