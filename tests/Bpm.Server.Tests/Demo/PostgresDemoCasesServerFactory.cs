using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Demo;

/// <summary>The server on a fresh PostgreSQL database started as <see cref="DemoCasesSetup"/> describes.</summary>
public sealed class PostgresDemoCasesServerFactory : PostgresBpmServerFactory
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => DemoCasesSetup.Settings;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        DemoCasesSetup.CopyWorkflows(WorkflowsPath);
    }
}
