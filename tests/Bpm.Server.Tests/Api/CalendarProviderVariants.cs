using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

// The calendar API on the embedded SQLite default and on PostgreSQL; one server per class and provider.

public sealed class CalendarApiSqliteTests(BpmServerFactory<Sqlite> f) : CalendarApiTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class CalendarApiPostgresTests(BpmServerFactory<Postgres> f) : CalendarApiTests(f), IClassFixture<BpmServerFactory<Postgres>>;
