namespace Bpm.Engine.Records;

/// <summary>The outcome of verifying everything: how much was checked and one line per broken chain or anchor.</summary>
public sealed record RecordVerification(long InstancesChecked, long AnchorsChecked, IReadOnlyList<string> Problems)
{
    public bool Valid => Problems.Count == 0;
}
