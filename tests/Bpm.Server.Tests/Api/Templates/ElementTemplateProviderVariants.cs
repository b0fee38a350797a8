using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api.Templates;

public sealed class ElementTemplateDefaultsSqliteTests(BpmServerFactory f) : ElementTemplateDefaultsTests(f), IClassFixture<BpmServerFactory>;
public sealed class ElementTemplateDefaultsPostgresTests(PostgresBpmServerFactory f) : ElementTemplateDefaultsTests(f), IClassFixture<PostgresBpmServerFactory>;
