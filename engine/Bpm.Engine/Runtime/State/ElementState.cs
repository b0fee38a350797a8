namespace Bpm.Engine.Runtime.State;

public enum ElementState { Activating, Active, Completing }
