using System.Globalization;
using System.Text.Json.Nodes;
using Bpm.Engine.Persistence.Entities;

namespace Bpm.Server.Identity.Responses;

/// <summary>One audit record; <c>before</c> and <c>after</c> are the record as JSON (null when created or removed).</summary>
public sealed record AuditEntryResponse(string Id, DateTimeOffset At, string Actor, string Action, string Entity, string EntityId,
    JsonNode? Before, JsonNode? After)
{
    public static AuditEntryResponse From(AuditEntity e) => new(e.Id.ToString(CultureInfo.InvariantCulture), e.At, e.Actor, e.Action,
        e.Entity, e.EntityId, e.Before is null ? null : JsonNode.Parse(e.Before), e.After is null ? null : JsonNode.Parse(e.After));
}
