using System.Globalization;
using System.Text.Json.Nodes;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;

namespace Bpm.Engine.Escalations;

internal static class EscalationMapper
{
    public static EscalationInfo ToInfo(EscalationEntity e, UserTaskEntity? origin) => new(
        Key(e.Key), Key(e.ProcessInstanceKey), e.BpmnProcessId, e.BusinessKey, e.OrganisationId, e.Reason, e.Code, e.Message,
        e.OriginTaskKey is { } originKey
            ? new EscalationOrigin(Key(originKey), e.OriginElementId, e.OriginName, e.OriginAssignee, origin?.DueDate ?? e.OriginDueDate,
                origin is null ? null : StateText<UserTaskState>.Of(origin.State))
            : null,
        e.DecisionTaskKey is { } decision ? Key(decision) : null,
        e.Positions is null ? null : JsonNode.Parse(e.Positions) as JsonArray,
        StateText<EscalationState>.Of(e.State), e.Resolution,
        e.ResolutionDetails is null ? null : JsonNode.Parse(e.ResolutionDetails) as JsonObject,
        e.ResolvedBy, e.ResolvedAt, e.CreatedAt);

    private static string Key(long key) => key.ToString(CultureInfo.InvariantCulture);
}
