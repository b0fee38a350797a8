namespace Bpm.Engine.Persistence.Entities;

/// <summary>One read of case data (调阅记录): who, when, what, from where and, for a supervisor reading another agency's
/// case, why. Rows are only ever inserted, hash-chained in the <c>access</c> chain.</summary>
public sealed class AccessLogEntity : IChainedRow
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string Username { get; set; } = "";
    public long? ProcessInstanceKey { get; set; }
    /// <summary>What was read, e.g. <c>instance</c>, <c>history</c>, <c>document:123</c>, <c>task:456</c>.</summary>
    public string Resource { get; set; } = "";
    public string? Address { get; set; }
    public string? Reason { get; set; }
    public long? ChainPosition { get; set; }
    public string? PreviousHash { get; set; }
    public string? Hash { get; set; }
}
