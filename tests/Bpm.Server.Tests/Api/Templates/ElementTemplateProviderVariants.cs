using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api.Templates;

public sealed class ElementTemplateDefaultsSqliteTests(BpmServerFactory<Sqlite> f) : ElementTemplateDefaultsTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class ElementTemplateDefaultsPostgresTests(BpmServerFactory<Postgres> f) : ElementTemplateDefaultsTests(f), IClassFixture<BpmServerFactory<Postgres>>;
