using Bpm.Bus.Serialization;
using Bpm.Contracts.V1;
using Bpm.Engine.Messaging;

namespace Bpm.Bus.Inbound;

/// <summary>Turns an agency message into the engine's inbound message: its fields become the variables it carries.</summary>
public static class InboundMessageMapper
{
    public static InboundMessage ToInbound(AgencyMessage message, Uri? sourceAddress = null)
    {
        var contract = MessageCatalog.Of(message.GetType());
        var variables = AgencyMessageJson.ToObject(message);
        return new InboundMessage(message.MessageId, contract.Name, message.CaseNumber, variables, message.Sender.CreditCode,
            sourceAddress?.ToString());
    }
}
