using Microsoft.Data.Sqlite;

namespace Bpm.Server.Tests.Infrastructure;

/// <summary>A fresh SQLite file in the factory's temporary folder (deleted with the folder).</summary>
public sealed class Sqlite(string tempRoot) : IServerDatabase
{
    public static IServerDatabase For(string tempRoot) => new Sqlite(tempRoot);

    public string Provider => "Sqlite";

    public string ConnectionString => $"Data Source={Path.Combine(tempRoot, "bpm.db")}";

    public Task CreateAsync() => Task.CompletedTask;

    public Task DropAsync()
    {
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }
}
