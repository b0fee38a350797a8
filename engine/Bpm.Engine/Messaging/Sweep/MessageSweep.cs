using Bpm.Engine.Messaging.Store;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Execution;
using Microsoft.Extensions.Logging;

namespace Bpm.Engine.Messaging.Sweep;

/// <summary>The safety net of buffered correlation: a publish and a subscription that committed at the same moment do not
/// see each other, and a crash can fall between a commit and its follow-up correlation. The sweep finds buffered messages
/// that something now waits for and correlates them, and deletes messages past their time-to-live and id retention.</summary>
internal sealed class MessageSweep(EngineContext context, ProcessEngine engine, ILogger<MessageSweep> logger)
{
    private const int BatchSize = 500;

    /// <summary>Returns how many instances were resumed or started.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = context.Clock.GetUtcNow();
        var deleted = await context.Messages.DeleteExpiredAsync(now - context.Options.MessageIdRetention, ct);
        if (deleted > 0) logger.LogDebug("Deleted {Count} expired messages", deleted);
        var correlated = 0;
        foreach (var message in await context.Messages.CorrelatableAsync(now, BatchSize, ct))
            correlated += (await engine.CorrelateStoredMessageAsync(message, ct)).Count;
        return correlated;
    }
}
