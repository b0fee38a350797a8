using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

// The calendar API on the embedded SQLite default and on PostgreSQL; one server per class and provider.

public sealed class CalendarApiSqliteTests(BpmServerFactory f) : CalendarApiTests(f), IClassFixture<BpmServerFactory>;
public sealed class CalendarApiPostgresTests(PostgresBpmServerFactory f) : CalendarApiTests(f), IClassFixture<PostgresBpmServerFactory>;
