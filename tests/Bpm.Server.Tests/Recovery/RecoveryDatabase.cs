namespace Bpm.Server.Tests.Recovery;

/// <summary>A fresh database for one recovery test, which the server processes share across their crashes and which
/// the test may read directly (job locks are not visible through the API).</summary>
public abstract class RecoveryDatabase
{
    /// <summary>The value of <c>Bpm:Database:Provider</c>.</summary>
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    public static RecoveryDatabase For(string provider, string folder) => provider switch
    {
        "Sqlite" => new SqliteRecoveryDatabase(folder),
        "Postgres" => new PostgresRecoveryDatabase(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Sqlite or Postgres"),
    };

    public abstract Task CreateAsync();

    public abstract Task DropAsync();

    /// <summary>Runs a query that returns one number.</summary>
    public abstract Task<long> CountAsync(string sql);

    public Task<long> CountLockedJobsAsync(string nodeId) =>
        CountAsync($"SELECT count(*) FROM jobs WHERE locked_by = '{nodeId.Replace("'", "''", StringComparison.Ordinal)}'");

    public Task<long> CountOpenJobsAsync() => CountAsync("SELECT count(*) FROM jobs WHERE state = 'ACTIVATABLE'");
}
