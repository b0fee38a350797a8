using Bpm.Engine.Persistence;

namespace Bpm.Engine.Tests.Infrastructure;

/// <summary>Runs a test once per database: <c>[Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]</c>.</summary>
public static class Providers
{
    public static TheoryData<DatabaseProvider> All => new(DatabaseProvider.Sqlite, DatabaseProvider.Postgres);
}
