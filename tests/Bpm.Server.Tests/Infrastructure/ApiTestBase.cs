namespace Bpm.Server.Tests.Infrastructure;

/// <summary>Base of the API tests: one server per test class (and database provider), an admin client per test.</summary>
public abstract class ApiTestBase(BpmServerFactory factory) : IAsyncLifetime
{
    protected BpmServerFactory Factory { get; } = factory;

    /// <summary>Authenticated as admin.</summary>
    protected HttpClient Client { get; private set; } = null!;

    /// <summary>A process id no other test uses, so tests sharing a server do not see each other's definitions.</summary>
    protected static string UniqueProcessId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 60)];

    public async Task InitializeAsync() => Client = await Factory.CreateAuthenticatedClientAsync();

    public Task DisposeAsync()
    {
        Client.Dispose();
        return Task.CompletedTask;
    }
}
