using Bpm.Contracts.V1;
using Bpm.Engine.Messaging;

namespace Bpm.Bus.Contracts;

/// <summary>The agency exchange's contract catalogue (<see cref="MessageCatalog"/>) as the engine's
/// <see cref="IMessageContracts"/>: a send task naming a contract writes its checked JSON to the outbox.</summary>
internal sealed class AgencyMessageContracts : IMessageContracts
{
    public MessageContractInfo? Find(string messageName) =>
        MessageCatalog.Find(messageName) is { } contract
            ? new MessageContractInfo(contract.Name, contract.Direction == MessageDirection.BpmToAgency)
            : null;

    public string BuildPayload(OutboundPayloadRequest request)
    {
        var contract = MessageCatalog.Find(request.MessageName)
            ?? throw new InvalidOperationException($"「{request.MessageName}」不是已约定的报文");
        return OutboundPayload.Build(contract, request);
    }
}
