using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Demo;

// The demo cases on SQLite and on PostgreSQL.

public sealed class DemoCasesSqliteTests(DemoCasesServerFactory<Sqlite> f) : DemoCasesTests(f), IClassFixture<DemoCasesServerFactory<Sqlite>>;
public sealed class DemoCasesPostgresTests(DemoCasesServerFactory<Postgres> f) : DemoCasesTests(f), IClassFixture<DemoCasesServerFactory<Postgres>>;
