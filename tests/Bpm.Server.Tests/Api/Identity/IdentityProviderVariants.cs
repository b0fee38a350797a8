using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api.Identity;

// The identity API and people directory on the embedded SQLite default and on PostgreSQL; one server per class and provider.

public sealed class OrgUnitApiSqliteTests(BpmServerFactory f) : OrgUnitApiTests(f), IClassFixture<BpmServerFactory>;
public sealed class OrgUnitApiPostgresTests(PostgresBpmServerFactory f) : OrgUnitApiTests(f), IClassFixture<PostgresBpmServerFactory>;

public sealed class UserApiSqliteTests(BpmServerFactory f) : UserApiTests(f), IClassFixture<BpmServerFactory>;
public sealed class UserApiPostgresTests(PostgresBpmServerFactory f) : UserApiTests(f), IClassFixture<PostgresBpmServerFactory>;

public sealed class UserRecordApiSqliteTests(BpmServerFactory f) : UserRecordApiTests(f), IClassFixture<BpmServerFactory>;
public sealed class UserRecordApiPostgresTests(PostgresBpmServerFactory f) : UserRecordApiTests(f), IClassFixture<PostgresBpmServerFactory>;

public sealed class PeopleDirectorySqliteTests(BpmServerFactory f) : PeopleDirectoryTests(f), IClassFixture<BpmServerFactory>;
public sealed class PeopleDirectoryPostgresTests(PostgresBpmServerFactory f) : PeopleDirectoryTests(f), IClassFixture<PostgresBpmServerFactory>;
