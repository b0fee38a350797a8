namespace Bpm.Engine.Runtime.Execution;

internal static class InstanceStates
{
    public const string Active = "ACTIVE";
    public const string Completed = "COMPLETED";
    public const string Terminated = "TERMINATED";
}
