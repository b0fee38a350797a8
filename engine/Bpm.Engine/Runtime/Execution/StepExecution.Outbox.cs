using System.Text.Json.Nodes;
using Bpm.Engine.Hosting;
using Bpm.Engine.Messaging;
using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution
{
    /// <summary>A send task or message throw/end event bound to a contract: the message goes into the outbox in this step's
    /// transaction (the dispatcher sends it after commit) and the element completes. The instance never runs ahead of a
    /// message that was not stored: both are in the same commit.</summary>
    public void SendContractMessage(InstanceExecution instance, ElementInstance element, FlowNode node, MessageContractInfo contract)
    {
        var messageId = Guid.CreateVersion7(Now);
        var headers = node.Headers;
        var inputs = ScopeVariables.Of(instance, element.Key, create: false)?.ToDictionary(p => p.Key, p => p.Value) ?? [];
        var sender = new OrganisationOptions
        {
            CreditCode = Context.Options.MessageSenderCreditCode,
            Name = Context.Options.MessageSenderName,
            RegionCode = Context.Options.MessageSenderRegionCode,
        };
        var family = contract.Name.Split('.')[0];
        var receiver = Context.Options.MessageReceivers.GetValueOrDefault(family);
        string payload;
        try
        {
            payload = Context.MessageContracts.BuildPayload(new OutboundPayloadRequest(contract.Name, CollectVisible(instance, element.Key),
                headers, inputs, messageId, Now, instance.Entity.BusinessKey, sender, receiver));
        }
        catch (OutboundPayloadException ex)
        {
            throw new IncidentException(IncidentTypes.MessageContract, ex.Message);
        }
        Changes.Outbox.Add(new OutboxMessageEntity
        {
            MessageId = messageId,
            MessageType = contract.Name,
            Payload = payload,
            ProcessInstanceKey = instance.Key,
            ElementId = element.ElementId,
            ElementInstanceKey = element.Key,
            CreatedAt = Now,
        });
        Record(instance, HistoryEvents.MessageSent, element.ElementId, node.ElementType, element.Key,
            name: contract.Name, value: JsonValue.Create(messageId.ToString()));
        Complete(instance, element);
    }
}
