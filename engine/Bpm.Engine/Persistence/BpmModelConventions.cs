using Bpm.Engine.Persistence.Conversion;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Bpm.Engine.Persistence;

/// <summary>How the engine stores values EF Core does not map alike on both providers; a module context whose tables hold
/// such values (or that writes the engine's audit log) applies the same conventions.</summary>
public static class BpmModelConventions
{
    public static void UseBpmConventions(this ModelConfigurationBuilder builder, DatabaseFacade database)
    {
        // SQLite has no date type: UTC ticks keep ORDER BY and comparisons correct in SQL.
        // Npgsql only writes DateTimeOffset with offset zero to timestamptz.
        if (database.IsSqlite())
            builder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        else
            builder.Properties<DateTimeOffset>().HaveConversion<ToUtcConverter>();
    }
}
