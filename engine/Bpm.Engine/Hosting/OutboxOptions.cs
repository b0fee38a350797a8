namespace Bpm.Engine.Hosting;

/// <summary>The outbox dispatcher (section <c>Bpm:Engine:Outbox</c>).</summary>
public sealed class OutboxOptions
{
    /// <summary>Whether this node dispatches the outbox. Off, messages stay stored until a node with it on sends them.</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>Failed attempts after which an incident is opened on the instance (retries go on at the longest back-off).</summary>
    public int MaxAttempts { get; set; } = 8;
    /// <summary>Delay before the first retry; doubles per failed attempt up to <see cref="RetryBackoffMax"/>.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan RetryBackoffMax { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>How often the dispatcher looks for due messages when no commit woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    public int BatchSize { get; set; } = 100;
    /// <summary>How long one node's claim on a message lasts before another node may send it (engine clock).</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>Longest wait for the transport to accept one message before the attempt counts as failed.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
