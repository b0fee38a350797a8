using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime;
using Bpm.Engine.Tests.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Messaging;

/// <summary>Message rows written behind the engine's back, to set up the states a crash or a race leaves.</summary>
public static class MessageRows
{
    /// <summary>A buffered message no correlation ran for; returns its key.</summary>
    public static async Task<long> InsertBufferedAsync(EngineHarness h, string name, string correlationKey, TimeSpan timeToLive)
    {
        var key = h.Services.GetRequiredService<KeyGenerator>().Next();
        await using var db = await h.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>().CreateDbContextAsync();
        var now = h.Clock.GetUtcNow();
        db.Messages.Add(new MessageEntity
        {
            Key = key, Name = name, CorrelationKey = correlationKey, Variables = "{}", CreatedAt = now, ExpiresAt = now + timeToLive,
        });
        await db.SaveChangesAsync();
        return key;
    }
}
