using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api.Deployment;

public sealed class ChineseDeploymentErrorSqliteTests(BpmServerFactory<Sqlite> f) : ChineseDeploymentErrorTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class ChineseDeploymentErrorPostgresTests(BpmServerFactory<Postgres> f) : ChineseDeploymentErrorTests(f), IClassFixture<BpmServerFactory<Postgres>>;
