namespace Bpm.Engine.Queries;

/// <summary>Per-element instance counts of a process (the operations page's statistics overlay).</summary>
public interface IElementStatisticsQueries
{
    /// <summary>Elements no instance has reached are left out; ordered by element id.</summary>
    Task<IReadOnlyList<ElementStatistics>> CountAsync(ElementStatisticsScope scope, CancellationToken ct);
}
