using Bpm.Contracts.V1;

namespace Bpm.AgencySimulator.Agencies;

/// <summary>The envelope of a reply: a new message id, the request's case number, sender and receiver swapped.</summary>
public sealed record ReplyEnvelope(Guid MessageId, Guid InReplyTo, string CaseNumber, OrganisationRef Sender,
    OrganisationRef Receiver, DateTimeOffset SentAt)
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static ReplyEnvelope For(AgencyMessage request, TimeProvider clock) =>
        new(Guid.NewGuid(), request.MessageId, request.CaseNumber, request.Receiver, request.Sender, clock.GetUtcNow().ToOffset(Beijing));

    /// <summary>Today in Beijing, for the date fields of a reply.</summary>
    public DateOnly Today => DateOnly.FromDateTime(SentAt.DateTime);
}
