using Bpm.Engine.Persistence;

namespace Bpm.Engine.Tests.Infrastructure;

/// <summary>The one source of the databases an engine test runs on:
/// <c>[Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]</c> with a <see cref="DatabaseProvider"/>
/// parameter; theory data with more parameters is built from <see cref="Each"/>.</summary>
public static class Providers
{
    public static IReadOnlyList<DatabaseProvider> Each { get; } = [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    public static TheoryData<DatabaseProvider> Both => new(Each);
}
