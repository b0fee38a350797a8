namespace Bpm.Contracts.V1;

/// <summary>
/// The envelope every agency exchange carries. Each sealed message record also declares
/// <c>public const string MessageName</c> (the BPMN message name, e.g. <c>disclosure.publish.v1</c>)
/// and <c>public static MessageDirection Direction</c>.
/// </summary>
public abstract record AgencyMessage
{
    /// <summary>Unique id of this message; a receiver that has seen it already ignores it (idempotent delivery).</summary>
    public required Guid MessageId { get; init; }

    /// <summary>案件编号: the case number, which is the correlation key.</summary>
    public required string CaseNumber { get; init; }

    /// <summary>发送单位: the organisation that sends the message.</summary>
    public required OrganisationRef Sender { get; init; }

    /// <summary>接收单位: the organisation that receives the message.</summary>
    public required OrganisationRef Receiver { get; init; }

    /// <summary>发送时间: when the message was sent, with its offset (Beijing time, +08:00).</summary>
    public required DateTimeOffset SentAt { get; init; }
}
