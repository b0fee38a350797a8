using Bpm.Engine.Records;

namespace Bpm.Engine.Escalations;

/// <summary>The case of each escalation read (the access log, a supervisor's reason).</summary>
internal sealed class EscalationCaseReads(EscalationStore store) : ICaseReadCases
{
    public CaseReadKind Kind => CaseReadKind.Escalation;

    public Task<IReadOnlyDictionary<long, long>> CasesOfAsync(IReadOnlyCollection<long> keys, CancellationToken ct) =>
        store.CasesOfAsync(keys, ct);
}
