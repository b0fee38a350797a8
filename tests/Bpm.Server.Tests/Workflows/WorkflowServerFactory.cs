using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Workflows;

/// <summary>The server on SQLite with the repository's workflows (see <see cref="WorkflowServerSetup"/>).</summary>
public sealed class WorkflowServerFactory : BpmServerFactory
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => WorkflowServerSetup.Settings;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        WorkflowServerSetup.CopyWorkflows(WorkflowsPath);
    }
}
