namespace Bpm.Engine.Runtime.Events;

/// <summary>A domain module on kernel events (module API, docs/adr/0007): a link of the pipeline every event of a step passes
/// through, in the order the modules were registered (<c>services.AddKernelModule&lt;T&gt;()</c>). A module acts on the events
/// it knows and calls <paramref name="next"/> to pass the event on (before or after acting, or not at all to stop it);
/// whatever it writes through <paramref name="step"/> commits, or rolls back, with the step. An exception fails the step.</summary>
public interface IKernelModule
{
    Task HandleAsync(IKernelStep step, KernelEvent @event, Func<Task> next);
}
