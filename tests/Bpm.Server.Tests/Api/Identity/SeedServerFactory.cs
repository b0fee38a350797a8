using Bpm.Server.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Bpm.Server.Tests.Api.Identity;

/// <summary>A server on a database the test owns, so that a second server can start on the same data.</summary>
public sealed class SeedServerFactory(string provider, string connectionString, bool seed) : BpmServerFactory
{
    protected override string Provider => provider;

    protected override string ConnectionString => connectionString;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Bpm:Demo:Seed"] = seed ? "true" : "false",
    };

    /// <summary>The test owns the database and drops it itself.</summary>
    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }
}
