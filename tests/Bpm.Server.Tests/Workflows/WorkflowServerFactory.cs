using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Workflows;

/// <summary>The server with the repository's workflows (see <see cref="WorkflowServerSetup"/>).</summary>
public sealed class WorkflowServerFactory<TDatabase> : BpmServerFactory<TDatabase> where TDatabase : IServerDatabase
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => WorkflowServerSetup.Settings;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        WorkflowServerSetup.CopyWorkflows(WorkflowsPath);
    }
}
