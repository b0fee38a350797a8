namespace Bpm.Engine.Messaging;

/// <summary>The stand-in when no messaging is registered: no task type names a contract.</summary>
internal sealed class NoMessageContracts : IMessageContracts
{
    public MessageContractInfo? Find(string messageName) => null;

    public string BuildPayload(OutboundPayloadRequest request) =>
        throw new InvalidOperationException($"未注册任何报文约定，无法生成消息「{request.MessageName}」");
}
