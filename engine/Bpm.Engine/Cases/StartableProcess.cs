namespace Bpm.Engine.Cases;

/// <summary>A process the caller may start: its latest version, where the start page lists it, and its start form.</summary>
public sealed record StartableProcess(string ProcessDefinitionKey, string BpmnProcessId, int Version, string Name, string? Category,
    string? StartFormId);
