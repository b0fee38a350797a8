using Bpm.AgencySimulator.Agencies;
using Bpm.Contracts.V1;
using MassTransit;

namespace Bpm.AgencySimulator.Injection;

/// <summary>Sends the messages an agency starts on its own (a complaint, a supervision opinion) over the bus to BPM.</summary>
public sealed class AgencySimulatorInjector(IBus bus, TimeProvider clock)
{
    public async Task<AgencyMessage> SendComplaintAsync(ComplaintInjection request, CancellationToken ct)
    {
        var now = Now();
        var message = new ComplaintReceived
        {
            MessageId = Guid.NewGuid(), CaseNumber = request.CaseNumber, SentAt = now,
            Sender = SimulatedOrganisations.Hotline, Receiver = SimulatedOrganisations.EnforcementAgency,
            ComplainantName = request.ComplainantName,
            Content = request.Content,
            Channel = ComplaintChannel.Phone,
            ReceivedAt = now,
            ConcernedAgency = SimulatedOrganisations.EnforcementAgency,
            RelatedCaseNumber = request.RelatedCaseNumber,
        };
        await PublishAsync(message, ct);
        return message;
    }

    public async Task<AgencyMessage> SendSupervisionOpinionAsync(SupervisionOpinionInjection request, CancellationToken ct)
    {
        var now = Now();
        var message = new SupervisionOpinion
        {
            MessageId = Guid.NewGuid(), CaseNumber = request.CaseNumber, SentAt = now,
            Sender = SimulatedOrganisations.JusticeBureau, Receiver = SimulatedOrganisations.EnforcementAgency,
            OpinionNumber = $"郑司监意〔{now.Year}〕{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}号",
            Findings = [request.Finding ?? "现场检查仅一名执法人员在场（模拟）"],
            RequiredCorrections = [request.RequiredCorrection ?? "补正调查程序并报送整改情况（模拟）"],
            Deadline = DateOnly.FromDateTime(now.DateTime).AddDays(request.DeadlineDays),
            LegalBasis = "《河南省行政执法条例》第四十三条",
        };
        await PublishAsync(message, ct);
        return message;
    }

    private Task PublishAsync(AgencyMessage message, CancellationToken ct) =>
        bus.Publish(message, message.GetType(), Pipe.Execute<PublishContext>(c => c.MessageId = message.MessageId), ct);

    private DateTimeOffset Now() => clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
}
