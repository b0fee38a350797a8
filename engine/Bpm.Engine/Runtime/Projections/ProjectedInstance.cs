using System.Text.Json.Nodes;

namespace Bpm.Engine.Runtime.Projections;

/// <summary>What an <see cref="IInstanceProjection"/> sees of an instance: its identity, state (ACTIVE, COMPLETED or
/// TERMINATED), revision and root-scope variables (read only).</summary>
public sealed record ProjectedInstance(long Key, string BpmnProcessId, Persistence.States.ProcessInstanceState State, long Revision, JsonObject Variables);
