using System.Text.Json.Nodes;
using Bpm.Engine.Runtime.Events;

namespace Bpm.Engine.Deadlines;

/// <summary>A case's named deadlines inside a module's step (module API): which deadline times a task, and extending one in
/// a step that does more (a head settling an escalation), committed with it.</summary>
public interface IStepDeadlines
{
    /// <summary>The named deadline that times <paramref name="task"/> (its <c>dueDate</c> reads <c>deadlines.x.due</c>, and
    /// <c>x</c> runs or is paused); null when none does.</summary>
    string? TimingDeadlineOf(KernelInstance instance, KernelUserTask task);

    /// <summary>Extends the deadline <paramref name="name"/> by <paramref name="days"/> (in its own counting), within its
    /// statutory maximum; its timers and every task due date that reads it follow. Returns the deadline as it now is.</summary>
    Task<JsonObject> ExtendAsync(IKernelStep step, KernelInstance instance, string name, int days, string by, string reason);
}
