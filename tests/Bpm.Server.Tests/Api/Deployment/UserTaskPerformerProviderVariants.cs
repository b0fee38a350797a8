using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api.Deployment;

public sealed class UserTaskPerformerSqliteTests(BpmServerFactory f) : UserTaskPerformerTests(f), IClassFixture<BpmServerFactory>;
public sealed class UserTaskPerformerPostgresTests(PostgresBpmServerFactory f) : UserTaskPerformerTests(f), IClassFixture<PostgresBpmServerFactory>;
