namespace Bpm.Engine.Tests.Cluster;

/// <summary>Holds the gated test activity until the test opens it, and tells the test when it started.</summary>
public sealed class JobGate
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Entered => _entered.Task;
    public bool IsOpen => _open.Task.IsCompleted;

    public async Task PassAsync(CancellationToken ct)
    {
        _entered.TrySetResult();
        await _open.Task.WaitAsync(ct);
    }

    public void Open() => _open.TrySetResult();
}
