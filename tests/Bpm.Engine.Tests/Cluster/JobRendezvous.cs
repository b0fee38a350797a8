namespace Bpm.Engine.Tests.Cluster;

/// <summary>Where <see cref="BlockingActivity"/> jobs wait for each other, blocking their threads: each arrives and waits
/// until all have arrived; one that gave up waiting counts as missed.</summary>
public sealed class JobRendezvous(int jobs)
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(30);
    private readonly CountdownEvent _arrived = new(jobs);
    private int _missed;

    public int Missed => Volatile.Read(ref _missed);

    public void ArriveAndWait()
    {
        _arrived.Signal();
        if (!_arrived.Wait(GiveUpAfter)) Interlocked.Increment(ref _missed);
    }
}
