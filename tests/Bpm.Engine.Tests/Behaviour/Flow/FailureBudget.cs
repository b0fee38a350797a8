namespace Bpm.Engine.Tests.Behaviour.Flow;

/// <summary>Shared by the flaky test activities (registered as a singleton per harness): how many more attempts fail,
/// and how many attempts were made.</summary>
public sealed class FailureBudget(int failures)
{
    private int _remaining = failures;
    private int _attempts;

    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Counts an attempt; true when it must fail.</summary>
    public bool NextAttemptFails()
    {
        Interlocked.Increment(ref _attempts);
        return Interlocked.Decrement(ref _remaining) >= 0;
    }
}
