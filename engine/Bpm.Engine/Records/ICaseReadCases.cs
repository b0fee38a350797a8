namespace Bpm.Engine.Records;

/// <summary>A module's answer to which case a read of one of its resources belongs to (the access log records the case of
/// each read, and a supervisor reading another agency's case must give a reason). The kernel answers for instances, tasks
/// and documents itself; a module registers one of these per kind of resource it owns.</summary>
public interface ICaseReadCases
{
    CaseReadKind Kind { get; }

    /// <summary>The process instance key of each of <paramref name="keys"/> that exists (those that do not are left out).</summary>
    Task<IReadOnlyDictionary<long, long>> CasesOfAsync(IReadOnlyCollection<long> keys, CancellationToken ct);
}
