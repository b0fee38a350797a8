using System.Diagnostics;
using Bpm.Engine.Activities;

namespace Bpm.Benchmarks;

/// <summary>The engine's activity invoker, telling a <see cref="JobModeTrace"/> when each activity starts.</summary>
public sealed class TracingActivityInvoker(IActivityInvoker inner, JobModeTrace trace) : IActivityInvoker
{
    public Task<ActivityResult> InvokeAsync(ActivityDescriptor descriptor, ActivityInvocation invocation, CancellationToken ct)
    {
        trace.ActivityStarting(invocation.ProcessInstanceKey, Stopwatch.GetTimestamp());
        return inner.InvokeAsync(descriptor, invocation, ct);
    }
}
