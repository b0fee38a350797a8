using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api.Identity;

// The identity API and people directory on the embedded SQLite default and on PostgreSQL; one server per class and provider.

public sealed class OrgUnitApiSqliteTests(BpmServerFactory<Sqlite> f) : OrgUnitApiTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class OrgUnitApiPostgresTests(BpmServerFactory<Postgres> f) : OrgUnitApiTests(f), IClassFixture<BpmServerFactory<Postgres>>;

public sealed class UserApiSqliteTests(BpmServerFactory<Sqlite> f) : UserApiTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class UserApiPostgresTests(BpmServerFactory<Postgres> f) : UserApiTests(f), IClassFixture<BpmServerFactory<Postgres>>;

public sealed class UserRecordApiSqliteTests(BpmServerFactory<Sqlite> f) : UserRecordApiTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class UserRecordApiPostgresTests(BpmServerFactory<Postgres> f) : UserRecordApiTests(f), IClassFixture<BpmServerFactory<Postgres>>;

public sealed class PeopleDirectorySqliteTests(BpmServerFactory<Sqlite> f) : PeopleDirectoryTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class PeopleDirectoryPostgresTests(BpmServerFactory<Postgres> f) : PeopleDirectoryTests(f), IClassFixture<BpmServerFactory<Postgres>>;
