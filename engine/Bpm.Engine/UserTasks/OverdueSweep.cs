using Bpm.Engine.Escalations;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Execution;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.UserTasks;

/// <summary>Finds open tasks past their due date whose overdue escalation is not yet raised for that due date; each gets an
/// OVERDUE history entry, a notification to its officer and an OVERDUE escalation for the heads, in one step. A red deadline
/// timer on the task that fires first raises the same escalation (the task's <c>overdue_at</c> makes it once).</summary>
public sealed class OverdueSweep : OpenTaskSweep
{
    private readonly EscalationSteps _escalations;

    internal OverdueSweep(ProcessEngine engine, EngineContext context, IDbContextFactory<BpmDbContext> contexts, EscalationSteps escalations)
        : base(engine, context, contexts)
    {
        _escalations = escalations;
    }

    private protected override IQueryable<long> Due(IQueryable<UserTaskEntity> tasks, DateTimeOffset now) =>
        tasks.Where(t => t.State == UserTaskState.Created && t.OverdueAt == null && t.DueDate != null && t.DueDate <= now)
            .OrderBy(t => t.DueDate).Select(t => t.Key);

    private protected override async Task<bool> HandleAsync(StepExecution step, InstanceExecution instance, UserTaskEntity task)
    {
        if (task is not { State: UserTaskState.Created, OverdueAt: null }) return false;
        step.Changes.Track(task);
        return await _escalations.MarkOverdueAsync(step, instance, task) is not null;
    }
}
