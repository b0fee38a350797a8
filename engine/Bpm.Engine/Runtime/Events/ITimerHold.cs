using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Events;

/// <summary>A module's say over whether a timer event may open now (e.g. while a clock it owns is stopped). A held timer is
/// not scheduled but noted on its element (<see cref="ElementInstance.PausedTimers"/>); the module opens it again with
/// <see cref="StepExecution.ReplanTimersAsync"/> when its condition ends. Registered as services, asked in registration order.</summary>
internal interface ITimerHold
{
    bool Holds(InstanceExecution instance, ElementInstance element, TimerDefinition timer);
}
