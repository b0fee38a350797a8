using Bpm.Engine.Model;

namespace Bpm.Engine.Deployment;

/// <summary>A deployed definition version with its parsed executable graph.</summary>
public sealed record CachedDefinition(long Key, string BpmnProcessId, int Version, string? Name, ProcessModel Model);
