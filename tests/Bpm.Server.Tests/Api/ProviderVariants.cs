using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

// Every API test class runs twice: on the embedded SQLite default and on PostgreSQL (BPM_TEST_POSTGRES).
// One server (and database) per class and provider.

public sealed class HealthAndAuthSqliteTests(BpmServerFactory<Sqlite> f) : HealthAndAuthTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class HealthAndAuthPostgresTests(BpmServerFactory<Postgres> f) : HealthAndAuthTests(f), IClassFixture<BpmServerFactory<Postgres>>;

public sealed class DeploymentSqliteTests(BpmServerFactory<Sqlite> f) : DeploymentTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class DeploymentPostgresTests(BpmServerFactory<Postgres> f) : DeploymentTests(f), IClassFixture<BpmServerFactory<Postgres>>;

public sealed class ProcessDefinitionSqliteTests(BpmServerFactory<Sqlite> f) : ProcessDefinitionTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class ProcessDefinitionPostgresTests(BpmServerFactory<Postgres> f) : ProcessDefinitionTests(f), IClassFixture<BpmServerFactory<Postgres>>;

public sealed class ProcessInstanceSqliteTests(BpmServerFactory<Sqlite> f) : ProcessInstanceTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class ProcessInstancePostgresTests(BpmServerFactory<Postgres> f) : ProcessInstanceTests(f), IClassFixture<BpmServerFactory<Postgres>>;

public sealed class UserTaskSqliteTests(BpmServerFactory<Sqlite> f) : UserTaskTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class UserTaskPostgresTests(BpmServerFactory<Postgres> f) : UserTaskTests(f), IClassFixture<BpmServerFactory<Postgres>>;

public sealed class IncidentSqliteTests(BpmServerFactory<Sqlite> f) : IncidentTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class IncidentPostgresTests(BpmServerFactory<Postgres> f) : IncidentTests(f), IClassFixture<BpmServerFactory<Postgres>>;

public sealed class ActivitySqliteTests(BpmServerFactory<Sqlite> f) : ActivityTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class ActivityPostgresTests(BpmServerFactory<Postgres> f) : ActivityTests(f), IClassFixture<BpmServerFactory<Postgres>>;

public sealed class EndToEndSqliteTests(BpmServerFactory<Sqlite> f) : EndToEndTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class EndToEndPostgresTests(BpmServerFactory<Postgres> f) : EndToEndTests(f), IClassFixture<BpmServerFactory<Postgres>>;

public sealed class DeadlineSqliteTests(BpmServerFactory<Sqlite> f) : DeadlineTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class DeadlinePostgresTests(BpmServerFactory<Postgres> f) : DeadlineTests(f), IClassFixture<BpmServerFactory<Postgres>>;

public sealed class MessageApiSqliteTests(BpmServerFactory<Sqlite> f) : MessageApiTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class MessageApiPostgresTests(BpmServerFactory<Postgres> f) : MessageApiTests(f), IClassFixture<BpmServerFactory<Postgres>>;

public sealed class FormApiSqliteTests(BpmServerFactory<Sqlite> f) : FormApiTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class FormApiPostgresTests(BpmServerFactory<Postgres> f) : FormApiTests(f), IClassFixture<BpmServerFactory<Postgres>>;
public sealed class StudioApiSqliteTests(BpmServerFactory<Sqlite> f) : StudioApiTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class StudioApiPostgresTests(BpmServerFactory<Postgres> f) : StudioApiTests(f), IClassFixture<BpmServerFactory<Postgres>>;
public sealed class ElementStatisticsSqliteTests(BpmServerFactory<Sqlite> f) : ElementStatisticsTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class ElementStatisticsPostgresTests(BpmServerFactory<Postgres> f) : ElementStatisticsTests(f), IClassFixture<BpmServerFactory<Postgres>>;

public sealed class IntegrationClientSqliteTests(BpmServerFactory<Sqlite> f) : IntegrationClientTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class IntegrationClientPostgresTests(BpmServerFactory<Postgres> f) : IntegrationClientTests(f), IClassFixture<BpmServerFactory<Postgres>>;

public sealed class InstanceOperationsSqliteTests(BpmServerFactory<Sqlite> f) : InstanceOperationsTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class InstanceOperationsPostgresTests(BpmServerFactory<Postgres> f) : InstanceOperationsTests(f), IClassFixture<BpmServerFactory<Postgres>>;

public sealed class ChineseProblemDetailsSqliteTests(BpmServerFactory<Sqlite> f) : ChineseProblemDetailsTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class ChineseProblemDetailsPostgresTests(BpmServerFactory<Postgres> f) : ChineseProblemDetailsTests(f), IClassFixture<BpmServerFactory<Postgres>>;

public sealed class ChineseIncidentMessageSqliteTests(BpmServerFactory<Sqlite> f) : ChineseIncidentMessageTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class ChineseIncidentMessagePostgresTests(BpmServerFactory<Postgres> f) : ChineseIncidentMessageTests(f), IClassFixture<BpmServerFactory<Postgres>>;
public sealed class StartedCaseNumberSqliteTests(BpmServerFactory<Sqlite> f) : StartedCaseNumberTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class StartedCaseNumberPostgresTests(BpmServerFactory<Postgres> f) : StartedCaseNumberTests(f), IClassFixture<BpmServerFactory<Postgres>>;
