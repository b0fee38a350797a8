namespace Bpm.Contracts.V1;

/// <summary>One message of the catalogue: its BPMN message name, its record type and the way it travels.</summary>
public sealed record MessageContract(string Name, Type Type, MessageDirection Direction);
