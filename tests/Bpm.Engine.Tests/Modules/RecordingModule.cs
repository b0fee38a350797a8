using System.Collections.Concurrent;
using Bpm.Engine.Runtime.Events;

namespace Bpm.Engine.Tests.Modules;

/// <summary>A module that writes down the element-activated, element-completed and instance-ended events it hears, per instance.</summary>
internal sealed class RecordingModule : IKernelModule
{
    private readonly ConcurrentQueue<(long Instance, string What)> _heard = new();

    public Task HandleAsync(IKernelStep step, KernelEvent @event, Func<Task> next)
    {
        switch (@event)
        {
            case ElementActivated activated:
                _heard.Enqueue((activated.Instance.Key, "activated " + activated.Node.Id));
                break;
            case ElementCompleted completed:
                _heard.Enqueue((completed.Instance.Key, "completed " + completed.Node.Id));
                break;
            case InstanceEnded ended:
                _heard.Enqueue((ended.Instance.Key, ended.Terminated ? "terminated" : "ended"));
                break;
        }
        return next();
    }

    public List<string> Heard(long instanceKey) => _heard.Where(h => h.Instance == instanceKey).Select(h => h.What).ToList();
}
