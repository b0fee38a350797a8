using Bpm.Server.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Bpm.Server.Tests.Api.Identity;

/// <summary>A server on a database the test owns, so that a second server can start on the same data.</summary>
internal sealed class SeedServerFactory(OwnDatabase database, bool seed) : BpmServerFactory
{
    protected override string Provider => database.Provider;

    protected override string ConnectionString => database.ConnectionString;

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
