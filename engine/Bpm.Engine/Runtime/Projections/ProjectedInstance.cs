using System.Text.Json.Nodes;

namespace Bpm.Engine.Runtime.Projections;

/// <summary>What an <see cref="IInstanceProjection"/> sees of an instance: its identity, state (ACTIVE, COMPLETED or
/// TERMINATED), revision, root-scope variables (read only), the organisation it belongs to and, for a called instance,
/// its caller.</summary>
public sealed record ProjectedInstance(long Key, string BpmnProcessId, Persistence.States.ProcessInstanceState State, long Revision, JsonObject Variables,
    string? OrganisationId = null, long? ParentInstanceKey = null);
