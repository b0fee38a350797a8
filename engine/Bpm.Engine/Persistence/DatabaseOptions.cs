namespace Bpm.Engine.Persistence;

/// <summary>Which database the engine uses. Read from <c>Bpm:Database:Provider</c> and <c>ConnectionStrings:Bpm</c>.</summary>
public sealed class DatabaseOptions
{
    public const string DefaultSqliteConnectionString = "Data Source=data/bpm.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string ConnectionString { get; set; } = DefaultSqliteConnectionString;
}
