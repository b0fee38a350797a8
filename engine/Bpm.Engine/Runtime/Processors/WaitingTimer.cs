using Bpm.Engine.Model;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>A timer event an element instance owns while it waits: the event's node, its definition, and whether firing it
/// interrupts the element.</summary>
internal readonly record struct WaitingTimer(FlowNode Node, EventDefinition Definition, bool Interrupting);
