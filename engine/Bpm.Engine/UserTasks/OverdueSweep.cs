using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Execution;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.UserTasks;

/// <summary>Finds open tasks past their due date not yet marked overdue for that due date; each is marked, gets an OVERDUE
/// history entry and is announced to the modules (<see cref="Runtime.Events.UserTaskOverdue"/>: the escalation module tells its officer and
/// opens an escalation for the heads), in one step. A timer on the task that fires first may mark it the same way (the
/// task's <c>overdue_at</c> makes it once).</summary>
public sealed class OverdueSweep : OpenTaskSweep
{
    internal OverdueSweep(ProcessEngine engine, EngineContext context, IDbContextFactory<BpmDbContext> contexts)
        : base(engine, context, contexts)
    {
    }

    private protected override IQueryable<long> Due(IQueryable<UserTaskEntity> tasks, DateTimeOffset now) =>
        tasks.Where(t => t.State == UserTaskState.Created && t.OverdueAt == null && t.DueDate != null && t.DueDate <= now)
            .OrderBy(t => t.DueDate).Select(t => t.Key);

    private protected override Task<bool> HandleAsync(StepExecution step, InstanceExecution instance, UserTaskEntity task) =>
        step.MarkTaskOverdueAsync(instance, task);
}
