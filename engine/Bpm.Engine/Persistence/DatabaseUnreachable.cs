using System.Data.Common;
using System.Net.Sockets;
using Npgsql;

namespace Bpm.Engine.Persistence;

/// <summary>Whether an exception means the database cannot be reached or cannot take work right now (an outage, a restart,
/// a full connection table, a busy SQLite file), as opposed to a fault in the command: the same work can be sent again.</summary>
public static class DatabaseUnreachable
{
    /// <summary>PostgreSQL error classes and codes of an unavailable server: 08 connection exception, 53 insufficient
    /// resources, 57P01–57P03 shutdown or not yet accepting connections.</summary>
    private static readonly string[] UnavailableStates = ["57P01", "57P02", "57P03"];

    public static bool Is(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState.StartsWith("53", StringComparison.Ordinal)
                        || UnavailableStates.Contains(postgres.SqlState);
                // Npgsql's and Microsoft.Data.Sqlite's own transient errors (a broken connection, a busy file) among them.
                case DbException { IsTransient: true }:
                case SocketException:
                    return true;
            }
        }
        return false;
    }
}
