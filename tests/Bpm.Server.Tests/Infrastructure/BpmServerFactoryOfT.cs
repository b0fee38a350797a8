namespace Bpm.Server.Tests.Infrastructure;

/// <summary>The real server in memory on a fresh database of <typeparamref name="TDatabase"/> (<see cref="Sqlite"/> or
/// <see cref="Postgres"/>). The one way to run a test class on both databases: an abstract test class taking
/// <see cref="BpmServerFactory"/>, and one sealed subclass per database whose name says it, e.g.
/// <c>XSqliteTests(BpmServerFactory&lt;Sqlite&gt; f) : XTests(f), IClassFixture&lt;BpmServerFactory&lt;Sqlite&gt;&gt;</c>.
/// A configuration variant (people, workflows, …) is a subclass generic in the database, never a pair.</summary>
public class BpmServerFactory<TDatabase> : BpmServerFactory where TDatabase : IServerDatabase
{
    private readonly IServerDatabase _database;

    public BpmServerFactory() => _database = TDatabase.For(TempRoot);

    protected override string Provider => _database.Provider;

    protected override string ConnectionString => _database.ConnectionString;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await _database.CreateAsync();
    }

    protected override Task DropDatabaseAsync() => _database.DropAsync();
}
