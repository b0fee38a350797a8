namespace Bpm.Engine.Tests.Engine;

/// <summary>Every engine test runs on both databases.</summary>
public static class Providers
{
    public static TheoryData<TestProvider> Both => new() { TestProvider.Sqlite, TestProvider.Postgres };
}
