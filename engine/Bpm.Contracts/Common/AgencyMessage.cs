using System.Text.Json.Serialization;

namespace Bpm.Contracts.V1;

/// <summary>
/// The envelope every agency exchange carries. Each sealed message record also declares
/// <c>public const string MessageName</c> (the BPMN message name, e.g. <c>disclosure.publish.v1</c>)
/// and <c>public static MessageDirection Direction</c>.
/// </summary>
public abstract record AgencyMessage
{
    /// <summary>Unique id of this message; a receiver that has seen it already ignores it (idempotent delivery).</summary>
    [JsonPropertyOrder(-5)]
    public required Guid MessageId { get; init; }

    /// <summary>案件编号: the case number, which is the correlation key.</summary>
    [JsonPropertyOrder(-4)]
    public required string CaseNumber { get; init; }

    /// <summary>发送单位: the organisation that sends the message.</summary>
    [JsonPropertyOrder(-3)]
    public required OrganisationRef Sender { get; init; }

    /// <summary>接收单位: the organisation that receives the message.</summary>
    [JsonPropertyOrder(-2)]
    public required OrganisationRef Receiver { get; init; }

    /// <summary>发送时间: when the message was sent, with its offset (Beijing time, +08:00).</summary>
    /// <remarks>The envelope fields are written first in JSON.</remarks>
    [JsonPropertyOrder(-1)]
    public required DateTimeOffset SentAt { get; init; }
}
