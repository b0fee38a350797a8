using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api.Identity;

/// <summary>A database of <c>TDatabase</c> (<see cref="Sqlite"/> or <see cref="Postgres"/>, the marker types of
/// docs/testing.md) that outlives one server, dropped at the end.</summary>
internal sealed class OwnDatabase : IAsyncDisposable
{
    private readonly string _folder;
    private readonly IServerDatabase _database;

    private OwnDatabase(string folder, IServerDatabase database)
    {
        _folder = folder;
        _database = database;
    }

    /// <summary>The value of <c>Bpm:Database:Provider</c>: "Sqlite" or "Postgres".</summary>
    public string Provider => _database.Provider;

    public string ConnectionString => _database.ConnectionString;

    public static async Task<OwnDatabase> CreateAsync<TDatabase>() where TDatabase : IServerDatabase
    {
        var folder = Path.Combine(Path.GetTempPath(), "bpm-own-databases", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = TDatabase.For(folder);
        await database.CreateAsync();
        return new OwnDatabase(folder, database);
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DropAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
