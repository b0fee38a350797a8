using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.UserTasks;

// Each class runs on SQLite and on PostgreSQL, with the test people directory.

public sealed class UserTaskLifecycleSqliteTests(PeopleServerFactory f) : UserTaskLifecycleTests(f), IClassFixture<PeopleServerFactory>;
public sealed class UserTaskLifecyclePostgresTests(PostgresPeopleServerFactory f) : UserTaskLifecycleTests(f), IClassFixture<PostgresPeopleServerFactory>;

public sealed class UserTaskAccessSqliteTests(PeopleServerFactory f) : UserTaskAccessTests(f), IClassFixture<PeopleServerFactory>;
public sealed class UserTaskAccessPostgresTests(PostgresPeopleServerFactory f) : UserTaskAccessTests(f), IClassFixture<PostgresPeopleServerFactory>;

public sealed class UserTaskInboxSqliteTests(PeopleServerFactory f) : UserTaskInboxTests(f), IClassFixture<PeopleServerFactory>;
public sealed class UserTaskInboxPostgresTests(PostgresPeopleServerFactory f) : UserTaskInboxTests(f), IClassFixture<PostgresPeopleServerFactory>;

public sealed class UserTaskContentSqliteTests(PeopleServerFactory f) : UserTaskContentTests(f), IClassFixture<PeopleServerFactory>;
public sealed class UserTaskContentPostgresTests(PostgresPeopleServerFactory f) : UserTaskContentTests(f), IClassFixture<PostgresPeopleServerFactory>;

public sealed class UserTaskRuleSqliteTests(PeopleServerFactory f) : UserTaskRuleTests(f), IClassFixture<PeopleServerFactory>;
public sealed class UserTaskRulePostgresTests(PostgresPeopleServerFactory f) : UserTaskRuleTests(f), IClassFixture<PostgresPeopleServerFactory>;
public sealed class InvariantRuleSqliteTests(PeopleServerFactory f) : InvariantRuleTests(f), IClassFixture<PeopleServerFactory>;
public sealed class InvariantRulePostgresTests(PostgresPeopleServerFactory f) : InvariantRuleTests(f), IClassFixture<PostgresPeopleServerFactory>;

public sealed class UserTaskTwoOfficerSqliteTests(PeopleServerFactory f) : UserTaskTwoOfficerTests(f), IClassFixture<PeopleServerFactory>;
public sealed class UserTaskTwoOfficerPostgresTests(PostgresPeopleServerFactory f) : UserTaskTwoOfficerTests(f), IClassFixture<PostgresPeopleServerFactory>;

public sealed class EscalationInboxSqliteTests(PeopleServerFactory f) : EscalationInboxTests(f), IClassFixture<PeopleServerFactory>;
public sealed class EscalationInboxPostgresTests(PostgresPeopleServerFactory f) : EscalationInboxTests(f), IClassFixture<PostgresPeopleServerFactory>;

public sealed class AttachmentDownloadSqliteTests(PeopleServerFactory f) : AttachmentDownloadTests(f), IClassFixture<PeopleServerFactory>;
public sealed class AttachmentDownloadPostgresTests(PostgresPeopleServerFactory f) : AttachmentDownloadTests(f), IClassFixture<PostgresPeopleServerFactory>;

public sealed class CaseWorkSqliteTests(PeopleServerFactory f) : CaseWorkTests(f), IClassFixture<PeopleServerFactory>;
public sealed class CaseWorkPostgresTests(PostgresPeopleServerFactory f) : CaseWorkTests(f), IClassFixture<PostgresPeopleServerFactory>;
