namespace Bpm.Contracts.V1;

/// <summary>移送立案: the police accept the transferred case.</summary>
public sealed record TransferAccepted : AgencyMessage
{
    /// <summary>The BPMN message name.</summary>
    public const string MessageName = "crime-transfer.accepted.v1";

    /// <summary>The message travels from the police to BPM.</summary>
    public static MessageDirection Direction => MessageDirection.AgencyToBpm;

    /// <summary>The message id of the <see cref="CrimeTransfer"/> being answered.</summary>
    public required Guid InReplyTo { get; init; }

    /// <summary>移送书文号: the transfer letter answered.</summary>
    public required string TransferNumber { get; init; }

    /// <summary>公安立案号: the police's own case number, when given.</summary>
    public string? PoliceCaseNumber { get; init; }

    /// <summary>立案日期: the date the police opened their case.</summary>
    public required DateOnly AcceptedOn { get; init; }
}
