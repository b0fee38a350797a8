using Microsoft.Data.Sqlite;
using Npgsql;

namespace Bpm.Engine.Persistence;

/// <summary>Module API: recognises the violation of one unique index on either provider, for modules whose tables race
/// on a unique index (PostgreSQL names the violated index; SQLite names the columns in its message).</summary>
public static class UniqueIndexViolation
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;

    /// <param name="indexName">The index (or constraint) name PostgreSQL reports.</param>
    /// <param name="sqliteColumns">The columns as SQLite's message lists them, e.g. <c>"jobs.locked_instance_key"</c>.</param>
    public static bool Is(Exception exception, string indexName, string sqliteColumns)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg)
                return pg.ConstraintName == indexName;
            if (e is SqliteException { SqliteErrorCode: SqliteConstraint } sqlite)
                return sqlite.SqliteExtendedErrorCode == SqliteConstraintUnique && sqlite.Message.Contains(sqliteColumns, StringComparison.Ordinal);
        }
        return false;
    }
}
