namespace Bpm.Engine.Queries;

/// <summary>Closed case files, for sampling and statistics.</summary>
public interface IClosedCaseQueries
{
    /// <summary>Ordered by process instance key.</summary>
    Task<IReadOnlyList<ClosedCase>> ListAsync(ClosedCaseFilter filter, CancellationToken ct);
}
