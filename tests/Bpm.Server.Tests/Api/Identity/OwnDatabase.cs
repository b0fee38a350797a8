using Bpm.Server.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Bpm.Server.Tests.Api.Identity;

/// <summary>A SQLite file or PostgreSQL database ("Sqlite" or "Postgres") that outlives one server, dropped at the end.</summary>
internal sealed class OwnDatabase : IAsyncDisposable
{
    private readonly string? _folder;
    private readonly ScratchPostgresDatabase? _postgres;

    private OwnDatabase(string connectionString, string? folder, ScratchPostgresDatabase? postgres)
    {
        ConnectionString = connectionString;
        _folder = folder;
        _postgres = postgres;
    }

    public string ConnectionString { get; }

    public static async Task<OwnDatabase> CreateAsync(string provider)
    {
        if (provider == "Postgres")
        {
            var postgres = new ScratchPostgresDatabase("bpm_seed");
            await postgres.CreateAsync();
            return new OwnDatabase(postgres.ConnectionString, null, postgres);
        }
        var folder = Path.Combine(Path.GetTempPath(), "bpm-seed-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new OwnDatabase($"Data Source={Path.Combine(folder, "bpm.db")}", folder, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
            await _postgres.DropAsync();
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
