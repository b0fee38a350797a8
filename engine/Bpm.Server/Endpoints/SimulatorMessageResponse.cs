using System.Text.Json.Nodes;
using Bpm.AgencySimulator.Journal;
using Bpm.Bus.Serialization;
using Bpm.Contracts.V1;

namespace Bpm.Server.Endpoints;

/// <summary>A request the agency simulator received, how many times it was delivered, and the reply it sent (null: none yet,
/// or a message the agency only keeps).</summary>
public sealed record SimulatorMessageResponse(string Name, Guid MessageId, string CaseNumber, JsonObject Body, DateTimeOffset ReceivedAt,
    int Deliveries, SimulatorReplyResponse? Reply)
{
    public static SimulatorMessageResponse From(SimulatorEntry e) => new(e.Name, e.Request.MessageId, e.Request.CaseNumber, AgencyMessageJson.ToObject(e.Request),
        e.ReceivedAt, e.Deliveries,
        e.Reply is { } reply ? new SimulatorReplyResponse(MessageCatalog.Of(reply.GetType()).Name, reply.MessageId, AgencyMessageJson.ToObject(reply), e.ReplySent) : null);
}
