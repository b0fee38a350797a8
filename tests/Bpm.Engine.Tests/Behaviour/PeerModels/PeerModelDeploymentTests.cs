using System.Text;
using Bpm.Engine.Deployment;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Bpm.Engine.Tests.Parsing;
using PeerModelFiles = Bpm.Engine.Tests.Parsing.PeerModels;
using Xunit.Abstractions;

namespace Bpm.Engine.Tests.Behaviour.PeerModels;

// Both classes deploy the same peer files (process ids such as Process_1) to the shared database of a provider; run on
// their own, the two variants of each would deploy one id at the same time and race for its version number.
/// <summary>Deploying any peer-model file either succeeds (exactly its executable processes) or is rejected with a
/// <see cref="DeploymentRejectedException"/> whose errors name the offending elements by id; nothing else is thrown.</summary>
[Collection("peer models on the shared databases")]
public abstract class PeerModelDeploymentTests(DatabaseProvider provider, ITestOutputHelper output)
{
    public static IEnumerable<object[]> Files() =>
        from path in PeerModelFiles.RelativePaths()
        select new object[] { new PeerModelFile(path) };

    [PeerModelTheory, MemberData(nameof(Files))]
    public async Task Deploying_succeeds_or_is_rejected_naming_the_unsupported_elements(PeerModelFile file)
    {
        var content = PeerModelFiles.Read(file.RelativePath);
        var text = Encoding.UTF8.GetString(content);
        var parsed = BpmnText.Parser().Parse(file.RelativePath, content);
        var resourceName = Path.GetFileName(file.RelativePath);
        await using var h = await EngineHarness.StartAsync(provider);

        DeploymentResult deployed;
        try
        {
            deployed = await h.Engine.DeployAsync([new DeploymentResource(resourceName, content)], CancellationToken.None);
        }
        catch (DeploymentRejectedException rejected)
        {
            foreach (var error in rejected.Errors) output.WriteLine($"{error.ElementType} '{error.ElementId}' line {error.Line}: {error.Message}");
            Assert.NotEmpty(rejected.Errors);
            Assert.All(rejected.Errors, error =>
            {
                Assert.False(string.IsNullOrWhiteSpace(error.Message));
                Assert.DoesNotContain("internal parser error", error.Message);
                if (error.ElementId is { } id) Assert.Contains($"id=\"{id}\"", text);
            });
            Assert.Subset(rejected.Errors.Select(e => e.ElementId).ToHashSet(), parsed.Errors.Select(e => e.ElementId).ToHashSet());
            return;
        }
        Assert.True(parsed.IsValid);
        Assert.Equal(parsed.ExecutableProcesses.Select(p => p.Id).Order(), deployed.Processes.Select(p => p.BpmnProcessId).Order());
    }
}

public sealed class PeerModelDeploymentSqliteTests(ITestOutputHelper output) : PeerModelDeploymentTests(DatabaseProvider.Sqlite, output);
public sealed class PeerModelDeploymentPostgresTests(ITestOutputHelper output) : PeerModelDeploymentTests(DatabaseProvider.Postgres, output);
