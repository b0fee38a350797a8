using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bpm.Engine.Persistence;

/// <summary>Sets the per-connection SQLite pragmas whenever EF Core opens a connection. WAL lets readers run beside
/// the one writer; NORMAL sync is durable in WAL mode except on power loss; busy_timeout waits for the writer lock.</summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas =
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
