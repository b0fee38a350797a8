namespace Bpm.Benchmarks;

/// <summary>Cost of N waiting instances: managed heap delta of the engine process and database size delta, in bytes.</summary>
public sealed record WaitingMemoryResult(int Instances, long HeapDeltaBytes, long DatabaseDeltaBytes, double StartSeconds, Verification Check)
{
    public double HeapBytesPerInstance => (double)HeapDeltaBytes / Instances;
    public double DatabaseBytesPerInstance => (double)DatabaseDeltaBytes / Instances;
}
