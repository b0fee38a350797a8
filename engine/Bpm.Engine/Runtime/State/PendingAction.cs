namespace Bpm.Engine.Runtime.State;

/// <summary>What to run again when an incident on the element instance is resolved.</summary>
public enum PendingAction { Activate, Complete }
