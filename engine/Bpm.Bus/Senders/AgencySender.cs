namespace Bpm.Bus.Senders;

/// <summary>An agency that sends messages to BPM (<c>Bpm:Agencies:{name}</c>): the organisation unit its integration client
/// speaks for, its unified social credit codes (the <c>sender</c> of its messages; the first is the one named in refusals),
/// the message names only it may send and,
/// optionally, the bus endpoint (queue name) its messages must come from.</summary>
public sealed class AgencySender
{
    public string Name { get; set; } = "";
    public string OrganisationId { get; set; } = "";
    public List<string> CreditCodes { get; set; } = [];
    public List<string> Messages { get; set; } = [];
    /// <summary>When set, a bus message of this agency is accepted only when its MassTransit source address ends with this
    /// endpoint name (the queue or bus the agency publishes from).</summary>
    public string? BusSource { get; set; }
}
