namespace Bpm.Server.Tests.Demo;

// The demo cases on SQLite and on PostgreSQL.

public sealed class DemoCasesSqliteTests(DemoCasesServerFactory f) : DemoCasesTests(f), IClassFixture<DemoCasesServerFactory>;
public sealed class DemoCasesPostgresTests(PostgresDemoCasesServerFactory f) : DemoCasesTests(f), IClassFixture<PostgresDemoCasesServerFactory>;
