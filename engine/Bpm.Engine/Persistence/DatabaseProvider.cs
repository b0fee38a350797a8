namespace Bpm.Engine.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
