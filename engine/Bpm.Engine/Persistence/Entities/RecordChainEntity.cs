namespace Bpm.Engine.Persistence.Entities;

/// <summary>The head of a chain that is not an instance's (<c>audit</c>, <c>access</c>): updated in the same transaction as
/// the rows appended to it, which also makes concurrent writers of the chain wait for each other.</summary>
public sealed class RecordChainEntity
{
    public string Name { get; set; } = "";
    public long Entries { get; set; }
    public string? HeadHash { get; set; }
}
