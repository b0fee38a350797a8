namespace Bpm.Engine.Messaging;

/// <summary>The message contracts a send task or message throw/end event may name as its task type instead of an activity.
/// The kernel knows only that a contract exists and which way it travels; the catalogue and its JSON shapes belong to the
/// messaging (<c>Bpm.Bus</c> registers them). Without one registered no task type is a contract.</summary>
public interface IMessageContracts
{
    /// <summary>The contract of that name, or null when the name is no contract.</summary>
    MessageContractInfo? Find(string messageName);

    /// <summary>The message's JSON, envelope included, checked against its contract; throws
    /// <see cref="OutboundPayloadException"/> when the body does not fit.</summary>
    string BuildPayload(OutboundPayloadRequest request);
}
