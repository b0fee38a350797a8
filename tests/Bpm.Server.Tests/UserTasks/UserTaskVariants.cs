using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.UserTasks;

// Each class runs on SQLite and on PostgreSQL, with the test people directory.

public sealed class UserTaskLifecycleSqliteTests(PeopleServerFactory<Sqlite> f) : UserTaskLifecycleTests(f), IClassFixture<PeopleServerFactory<Sqlite>>;
public sealed class UserTaskLifecyclePostgresTests(PeopleServerFactory<Postgres> f) : UserTaskLifecycleTests(f), IClassFixture<PeopleServerFactory<Postgres>>;

public sealed class UserTaskAccessSqliteTests(PeopleServerFactory<Sqlite> f) : UserTaskAccessTests(f), IClassFixture<PeopleServerFactory<Sqlite>>;
public sealed class UserTaskAccessPostgresTests(PeopleServerFactory<Postgres> f) : UserTaskAccessTests(f), IClassFixture<PeopleServerFactory<Postgres>>;

public sealed class UserTaskInboxSqliteTests(PeopleServerFactory<Sqlite> f) : UserTaskInboxTests(f), IClassFixture<PeopleServerFactory<Sqlite>>;
public sealed class UserTaskInboxPostgresTests(PeopleServerFactory<Postgres> f) : UserTaskInboxTests(f), IClassFixture<PeopleServerFactory<Postgres>>;

public sealed class UserTaskContentSqliteTests(PeopleServerFactory<Sqlite> f) : UserTaskContentTests(f), IClassFixture<PeopleServerFactory<Sqlite>>;
public sealed class UserTaskContentPostgresTests(PeopleServerFactory<Postgres> f) : UserTaskContentTests(f), IClassFixture<PeopleServerFactory<Postgres>>;

public sealed class UserTaskRuleSqliteTests(PeopleServerFactory<Sqlite> f) : UserTaskRuleTests(f), IClassFixture<PeopleServerFactory<Sqlite>>;
public sealed class UserTaskRulePostgresTests(PeopleServerFactory<Postgres> f) : UserTaskRuleTests(f), IClassFixture<PeopleServerFactory<Postgres>>;
public sealed class InvariantRuleSqliteTests(PeopleServerFactory<Sqlite> f) : InvariantRuleTests(f), IClassFixture<PeopleServerFactory<Sqlite>>;
public sealed class InvariantRulePostgresTests(PeopleServerFactory<Postgres> f) : InvariantRuleTests(f), IClassFixture<PeopleServerFactory<Postgres>>;

public sealed class UserTaskTwoOfficerSqliteTests(PeopleServerFactory<Sqlite> f) : UserTaskTwoOfficerTests(f), IClassFixture<PeopleServerFactory<Sqlite>>;
public sealed class UserTaskTwoOfficerPostgresTests(PeopleServerFactory<Postgres> f) : UserTaskTwoOfficerTests(f), IClassFixture<PeopleServerFactory<Postgres>>;

public sealed class EscalationInboxSqliteTests(PeopleServerFactory<Sqlite> f) : EscalationInboxTests(f), IClassFixture<PeopleServerFactory<Sqlite>>;
public sealed class EscalationInboxPostgresTests(PeopleServerFactory<Postgres> f) : EscalationInboxTests(f), IClassFixture<PeopleServerFactory<Postgres>>;

public sealed class AttachmentDownloadSqliteTests(PeopleServerFactory<Sqlite> f) : AttachmentDownloadTests(f), IClassFixture<PeopleServerFactory<Sqlite>>;
public sealed class AttachmentDownloadPostgresTests(PeopleServerFactory<Postgres> f) : AttachmentDownloadTests(f), IClassFixture<PeopleServerFactory<Postgres>>;

public sealed class CaseWorkSqliteTests(PeopleServerFactory<Sqlite> f) : CaseWorkTests(f), IClassFixture<PeopleServerFactory<Sqlite>>;
public sealed class CaseWorkPostgresTests(PeopleServerFactory<Postgres> f) : CaseWorkTests(f), IClassFixture<PeopleServerFactory<Postgres>>;
