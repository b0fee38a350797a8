namespace Bpm.Engine.Tests.Behaviour.PeerModels;

/// <summary>One thing a test does to drive a peer-model instance: complete the open user task of an element, or fire the
/// bookmark (message/timer subscription) of an element.</summary>
public sealed record PeerModelStep(PeerModelStepKind Kind, string ElementId)
{
    public static PeerModelStep CompleteTask(string elementId) => new(PeerModelStepKind.CompleteTask, elementId);

    public static PeerModelStep Trigger(string elementId) => new(PeerModelStepKind.Trigger, elementId);

    public override string ToString() => $"{Kind} {ElementId}";
}
