namespace Bpm.Server.Tests.Infrastructure;

/// <summary>The database a test server runs on, the type argument of <see cref="BpmServerFactory{TDatabase}"/>:
/// <see cref="Sqlite"/> or <see cref="Postgres"/>. Made by the factory for its own temporary folder.</summary>
public interface IServerDatabase
{
    static abstract IServerDatabase For(string tempRoot);

    /// <summary>The value of <c>Bpm:Database:Provider</c>.</summary>
    string Provider { get; }

    string ConnectionString { get; }

    Task CreateAsync();

    Task DropAsync();
}
