using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

// Every API test class runs twice: on the embedded SQLite default and on PostgreSQL (BPM_TEST_POSTGRES).
// One server (and database) per class and provider.

public sealed class HealthAndAuthSqliteTests(BpmServerFactory f) : HealthAndAuthTests(f), IClassFixture<BpmServerFactory>;
public sealed class HealthAndAuthPostgresTests(PostgresBpmServerFactory f) : HealthAndAuthTests(f), IClassFixture<PostgresBpmServerFactory>;

public sealed class DeploymentSqliteTests(BpmServerFactory f) : DeploymentTests(f), IClassFixture<BpmServerFactory>;
public sealed class DeploymentPostgresTests(PostgresBpmServerFactory f) : DeploymentTests(f), IClassFixture<PostgresBpmServerFactory>;

public sealed class ProcessDefinitionSqliteTests(BpmServerFactory f) : ProcessDefinitionTests(f), IClassFixture<BpmServerFactory>;
public sealed class ProcessDefinitionPostgresTests(PostgresBpmServerFactory f) : ProcessDefinitionTests(f), IClassFixture<PostgresBpmServerFactory>;

public sealed class ProcessInstanceSqliteTests(BpmServerFactory f) : ProcessInstanceTests(f), IClassFixture<BpmServerFactory>;
public sealed class ProcessInstancePostgresTests(PostgresBpmServerFactory f) : ProcessInstanceTests(f), IClassFixture<PostgresBpmServerFactory>;

public sealed class UserTaskSqliteTests(BpmServerFactory f) : UserTaskTests(f), IClassFixture<BpmServerFactory>;
public sealed class UserTaskPostgresTests(PostgresBpmServerFactory f) : UserTaskTests(f), IClassFixture<PostgresBpmServerFactory>;

public sealed class IncidentSqliteTests(BpmServerFactory f) : IncidentTests(f), IClassFixture<BpmServerFactory>;
public sealed class IncidentPostgresTests(PostgresBpmServerFactory f) : IncidentTests(f), IClassFixture<PostgresBpmServerFactory>;

public sealed class ActivitySqliteTests(BpmServerFactory f) : ActivityTests(f), IClassFixture<BpmServerFactory>;
public sealed class ActivityPostgresTests(PostgresBpmServerFactory f) : ActivityTests(f), IClassFixture<PostgresBpmServerFactory>;

public sealed class EndToEndSqliteTests(BpmServerFactory f) : EndToEndTests(f), IClassFixture<BpmServerFactory>;
public sealed class EndToEndPostgresTests(PostgresBpmServerFactory f) : EndToEndTests(f), IClassFixture<PostgresBpmServerFactory>;

public sealed class DeadlineSqliteTests(BpmServerFactory f) : DeadlineTests(f), IClassFixture<BpmServerFactory>;
public sealed class DeadlinePostgresTests(PostgresBpmServerFactory f) : DeadlineTests(f), IClassFixture<PostgresBpmServerFactory>;

public sealed class MessageApiSqliteTests(BpmServerFactory f) : MessageApiTests(f), IClassFixture<BpmServerFactory>;
public sealed class MessageApiPostgresTests(PostgresBpmServerFactory f) : MessageApiTests(f), IClassFixture<PostgresBpmServerFactory>;

public sealed class FormApiSqliteTests(BpmServerFactory f) : FormApiTests(f), IClassFixture<BpmServerFactory>;
public sealed class FormApiPostgresTests(PostgresBpmServerFactory f) : FormApiTests(f), IClassFixture<PostgresBpmServerFactory>;
public sealed class StudioApiSqliteTests(BpmServerFactory f) : StudioApiTests(f), IClassFixture<BpmServerFactory>;
public sealed class StudioApiPostgresTests(PostgresBpmServerFactory f) : StudioApiTests(f), IClassFixture<PostgresBpmServerFactory>;
public sealed class ElementStatisticsSqliteTests(BpmServerFactory f) : ElementStatisticsTests(f), IClassFixture<BpmServerFactory>;
public sealed class ElementStatisticsPostgresTests(PostgresBpmServerFactory f) : ElementStatisticsTests(f), IClassFixture<PostgresBpmServerFactory>;

public sealed class IntegrationClientSqliteTests(BpmServerFactory f) : IntegrationClientTests(f), IClassFixture<BpmServerFactory>;
public sealed class IntegrationClientPostgresTests(PostgresBpmServerFactory f) : IntegrationClientTests(f), IClassFixture<PostgresBpmServerFactory>;

public sealed class InstanceOperationsSqliteTests(BpmServerFactory f) : InstanceOperationsTests(f), IClassFixture<BpmServerFactory>;
public sealed class InstanceOperationsPostgresTests(PostgresBpmServerFactory f) : InstanceOperationsTests(f), IClassFixture<PostgresBpmServerFactory>;

public sealed class ChineseProblemDetailsSqliteTests(BpmServerFactory f) : ChineseProblemDetailsTests(f), IClassFixture<BpmServerFactory>;
public sealed class ChineseProblemDetailsPostgresTests(PostgresBpmServerFactory f) : ChineseProblemDetailsTests(f), IClassFixture<PostgresBpmServerFactory>;

public sealed class ChineseIncidentMessageSqliteTests(BpmServerFactory f) : ChineseIncidentMessageTests(f), IClassFixture<BpmServerFactory>;
public sealed class ChineseIncidentMessagePostgresTests(PostgresBpmServerFactory f) : ChineseIncidentMessageTests(f), IClassFixture<PostgresBpmServerFactory>;
