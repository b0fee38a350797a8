namespace Bpm.Contracts.V1;

/// <summary>不予立案: the police refuse the transferred case; the agency continues the administrative procedure or asks for reconsideration.</summary>
public sealed record TransferRefused : AgencyMessage
{
    /// <summary>The BPMN message name.</summary>
    public const string MessageName = "crime-transfer.refused.v1";

    /// <summary>The message travels from the police to BPM.</summary>
    public static MessageDirection Direction => MessageDirection.AgencyToBpm;

    /// <summary>The message id of the <see cref="CrimeTransfer"/> being answered.</summary>
    public required Guid InReplyTo { get; init; }

    /// <summary>移送书文号: the transfer letter answered.</summary>
    public required string TransferNumber { get; init; }

    /// <summary>不予立案理由: why the police refuse.</summary>
    public required string Reason { get; init; }

    /// <summary>决定日期: the date of the refusal.</summary>
    public required DateOnly RefusedOn { get; init; }
}
