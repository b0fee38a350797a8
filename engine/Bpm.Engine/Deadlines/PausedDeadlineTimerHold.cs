using System.Text.Json.Nodes;
using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Events;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Deadlines;

/// <summary>A timer that reads a named deadline (visible from its element) that is paused right now stays closed; it opens
/// when the deadline resumes (<see cref="DeadlineSteps.ApplyDeadlineAsync"/>).</summary>
internal sealed class PausedDeadlineTimerHold : ITimerHold
{
    public bool Holds(InstanceExecution instance, ElementInstance element, TimerDefinition timer)
    {
        if (!StepExecution.TryLookup(instance, element.Key, DeadlineDocument.VariableName, out var value) || value is not JsonObject all) return false;
        foreach (var name in DeadlineReferences.Names(timer.Expression.Source))
            if (all[name] is JsonObject deadline && DeadlineDocument.Text(deadline, "state") == DeadlineStates.Paused) return true;
        return false;
    }
}
