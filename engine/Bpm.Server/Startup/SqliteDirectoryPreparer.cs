using Microsoft.Data.Sqlite;

namespace Bpm.Server.Startup;

/// <summary>SQLite creates the database file but not its folder; this creates the folder (e.g. <c>data/</c>).</summary>
internal sealed class SqliteDirectoryPreparer(IConfiguration configuration)
{
    public void EnsureDirectory()
    {
        var provider = configuration["Bpm:Database:Provider"] ?? "Sqlite";
        var connectionString = configuration.GetConnectionString("Bpm");
        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(connectionString))
            return;
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrWhiteSpace(dataSource) || dataSource == ":memory:")
            return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
    }
}
