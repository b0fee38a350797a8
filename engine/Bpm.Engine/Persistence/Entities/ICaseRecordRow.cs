namespace Bpm.Engine.Persistence.Entities;

/// <summary>A chained row that belongs to one case: it is a link of its process instance's chain (docs/records.md), whose
/// head the instance row keeps.</summary>
public interface ICaseRecordRow : IChainedRow
{
    long ProcessInstanceKey { get; }
}
