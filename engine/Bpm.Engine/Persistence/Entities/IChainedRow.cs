namespace Bpm.Engine.Persistence.Entities;

/// <summary>A row of a hash chain (docs/records.md): its position, the previous row's hash and its own hash, which covers
/// its canonical content and the previous hash.</summary>
public interface IChainedRow
{
    long? ChainPosition { get; set; }
    string? PreviousHash { get; set; }
    string? Hash { get; set; }
}
