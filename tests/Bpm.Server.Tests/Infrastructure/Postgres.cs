namespace Bpm.Server.Tests.Infrastructure;

/// <summary>A fresh PostgreSQL database on the server named by <c>BPM_TEST_POSTGRES</c>, created for the factory and
/// dropped after it.</summary>
public sealed class Postgres : IServerDatabase
{
    private readonly ScratchPostgresDatabase _database = new("bpm_test");

    public static IServerDatabase For(string tempRoot) => new Postgres();

    public string Provider => "Postgres";

    public string ConnectionString => _database.ConnectionString;

    public Task CreateAsync() => _database.CreateAsync();

    public Task DropAsync() => _database.DropAsync();
}
