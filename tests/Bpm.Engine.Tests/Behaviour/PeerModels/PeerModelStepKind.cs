namespace Bpm.Engine.Tests.Behaviour.PeerModels;

public enum PeerModelStepKind { CompleteTask, Trigger }
