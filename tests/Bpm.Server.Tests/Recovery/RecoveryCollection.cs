namespace Bpm.Server.Tests.Recovery;

/// <summary>The crash-recovery tests start and kill real server processes and measure time against the delay jobs they
/// interrupt; they run alone, after the parallel tests, so a busy CI machine does not skew them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RecoveryCollection
{
    public const string Name = "recovery";
}
