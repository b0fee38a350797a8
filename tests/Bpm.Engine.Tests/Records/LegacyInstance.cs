using Bpm.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Tests.Records;

/// <summary>An instance row as an older engine wrote it, for the tests of what a migration does to existing rows.</summary>
internal static class LegacyInstance
{
    public const long Key = 4711;
    public static readonly DateTimeOffset StartedAt = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A time as a raw SQL parameter: SQLite stores ticks.</summary>
    public static object Time(DatabaseProvider provider, DateTimeOffset time) => provider == DatabaseProvider.Sqlite ? time.UtcTicks : time;

    public static async Task InsertAsync(BpmDbContext context, DatabaseProvider provider) =>
        await context.Database.ExecuteSqlRawAsync(
            "INSERT INTO process_instances (key, process_definition_key, bpmn_process_id, version, state, started_at, revision, state_data, active_element_ids, has_incident) " +
            "VALUES (4711, 1, 'legacy', 1, 'ACTIVE', {0}, 2, '{{}}', 'review', false)", Time(provider, StartedAt));
}
