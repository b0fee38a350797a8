using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Demo;

/// <summary>The server started as <see cref="DemoCasesSetup"/> describes.</summary>
public sealed class DemoCasesServerFactory<TDatabase> : BpmServerFactory<TDatabase> where TDatabase : IServerDatabase
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => DemoCasesSetup.Settings;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        DemoCasesSetup.CopyWorkflows(WorkflowsPath);
    }
}
