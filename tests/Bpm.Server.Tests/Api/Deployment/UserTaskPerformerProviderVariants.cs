using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api.Deployment;

public sealed class UserTaskPerformerSqliteTests(BpmServerFactory<Sqlite> f) : UserTaskPerformerTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class UserTaskPerformerPostgresTests(BpmServerFactory<Postgres> f) : UserTaskPerformerTests(f), IClassFixture<BpmServerFactory<Postgres>>;
