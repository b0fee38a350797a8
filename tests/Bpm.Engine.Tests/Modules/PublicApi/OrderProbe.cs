using System.Collections.Concurrent;
using Bpm.Engine.Runtime.Events;

namespace Bpm.Engine.Tests.Modules.PublicApi;

/// <summary>Modules that write down, per instance, which of them heard an instance end; <see cref="Second"/> does not pass the
/// event on, so modules added after it do not hear it.</summary>
public static class OrderProbe
{
    public static readonly ConcurrentQueue<(long Instance, string Module)> Heard = new();

    public sealed class First : IKernelModule
    {
        public Task HandleAsync(IKernelStep step, KernelEvent @event, Func<Task> next) => HearThenAsync(@event, nameof(First), next);
    }

    public sealed class Second : IKernelModule
    {
        public Task HandleAsync(IKernelStep step, KernelEvent @event, Func<Task> next) =>
            HearThenAsync(@event, nameof(Second), () => @event is InstanceEnded ? Task.CompletedTask : next());
    }

    public sealed class Third : IKernelModule
    {
        public Task HandleAsync(IKernelStep step, KernelEvent @event, Func<Task> next) => HearThenAsync(@event, nameof(Third), next);
    }

    private static Task HearThenAsync(KernelEvent @event, string module, Func<Task> next)
    {
        if (@event is ElementActivated or InstanceEnded)
            Heard.Enqueue(((@event as ElementActivated)?.Instance.Key ?? ((InstanceEnded)@event).Instance.Key, $"{module} {@event.GetType().Name}"));
        return next();
    }
}
