namespace Bpm.Server.Tests.Infrastructure;

/// <summary>The same server on a fresh PostgreSQL database, created for this factory and dropped after it.</summary>
public class PostgresBpmServerFactory : BpmServerFactory
{
    private readonly ScratchPostgresDatabase _database = new("bpm_test");

    protected override string Provider => "Postgres";

    protected override string ConnectionString => _database.ConnectionString;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await _database.CreateAsync();
    }

    protected override Task DropDatabaseAsync() => _database.DropAsync();
}
