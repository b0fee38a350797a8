namespace Bpm.Engine.Tests.Engine;

public enum TestProvider { Sqlite, Postgres }
