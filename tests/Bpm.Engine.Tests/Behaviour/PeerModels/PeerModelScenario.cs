namespace Bpm.Engine.Tests.Behaviour.PeerModels;

/// <summary>How one executable process of a peer-model file is driven and where BPMN semantics say it ends up: the final
/// instance state, and every element that completed, in order (end events included).</summary>
public sealed record PeerModelScenario(
    string File,
    string ProcessId,
    IReadOnlyList<PeerModelStep> Steps,
    string ExpectedState,
    IReadOnlyList<string> ExpectedCompleted)
{
    /// <summary>The theory-data name: file and process id.</summary>
    public string Name => $"{File}#{ProcessId}";
}
