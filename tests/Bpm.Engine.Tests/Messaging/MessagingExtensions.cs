using System.Text.Json.Nodes;
using Bpm.Engine.Messaging;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Tests.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Messaging;

/// <summary>Message helpers for the harness: publish/correlate/receive, and the message tables read back from the database.</summary>
public static class MessagingExtensions
{
    /// <summary>A message name or correlation key no other test uses (the shared database keeps every deployment's message starts).</summary>
    public static string Unique(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..12];

    public static IMessageCorrelator Messages(this EngineHarness h) => h.Services.GetRequiredService<IMessageCorrelator>();

    public static Task<PublishedMessage> PublishAsync(this EngineHarness h, string name, string? correlationKey, object? variables = null,
        TimeSpan timeToLive = default, string? messageId = null) =>
        h.Messages().PublishAsync(new PublishMessageCommand(name, correlationKey, EngineHarness.ToJsonObject(variables), timeToLive, messageId),
            CancellationToken.None);

    public static Task<long> CorrelateAsync(this EngineHarness h, string name, string? correlationKey, object? variables = null) =>
        h.Messages().CorrelateAsync(new CorrelateMessageCommand(name, correlationKey, EngineHarness.ToJsonObject(variables)), CancellationToken.None);

    public static Task<InboundResult> ReceiveAsync(this EngineHarness h, Guid messageId, string name, string correlationKey, object? variables = null) =>
        h.Messages().ReceiveAsync(new InboundMessage(messageId, name, correlationKey, EngineHarness.ToJsonObject(variables) ?? new JsonObject(), "test"),
            CancellationToken.None);

    public static async Task<List<MessageCorrelationEntity>> CorrelationsAsync(this EngineHarness h, long messageKey)
    {
        await using var db = await h.DbAsync();
        return await db.MessageCorrelations.AsNoTracking().Where(c => c.MessageKey == messageKey).OrderBy(c => c.Key).ToListAsync();
    }

    public static async Task<List<OutboxMessageEntity>> OutboxAsync(this EngineHarness h, long instanceKey)
    {
        await using var db = await h.DbAsync();
        return await db.Outbox.AsNoTracking().Where(m => m.ProcessInstanceKey == instanceKey).OrderBy(m => m.Id).ToListAsync();
    }

    public static async Task<List<ProcessInstanceEntity>> InstancesOfAsync(this EngineHarness h, string processId)
    {
        await using var db = await h.DbAsync();
        return await db.ProcessInstances.AsNoTracking().Where(i => i.BpmnProcessId == processId).OrderBy(i => i.Key).ToListAsync();
    }

    private static Task<BpmDbContext> DbAsync(this EngineHarness h) =>
        h.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>().CreateDbContextAsync();
}
