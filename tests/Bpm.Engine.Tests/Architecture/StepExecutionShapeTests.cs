using Bpm.Engine.Runtime.Behaviors;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Tests.Infrastructure;

namespace Bpm.Engine.Tests.Architecture;

/// <summary>The step is the agenda, the change set, loading and committing (issue 13, item 1): the capabilities element
/// processors use are classes of their own in <c>Runtime/Behaviors/</c>, so the step does not grow back into one class that
/// does everything.</summary>
public sealed class StepExecutionShapeTests
{
    private const int MaxLinesPerStepFile = 250;

    [Fact]
    public void The_step_implements_no_behaviour_interface()
    {
        var behaviours = typeof(StepExecution).GetInterfaces()
            .Where(type => type.Namespace == typeof(BpmnBehaviors).Namespace)
            .Select(type => type.Name)
            .ToList();

        Assert.True(behaviours.Count == 0, "StepExecution implements behaviour interfaces: " + string.Join(", ", behaviours));
    }

    [Fact]
    public void No_step_file_is_longer_than_the_limit()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "engine", "Bpm.Engine", "Runtime", "Execution");
        var tooLong = Directory.EnumerateFiles(folder, "StepExecution*.cs")
            .Select(file => (Name: Path.GetFileName(file), Lines: File.ReadLines(file).Count()))
            .Where(file => file.Lines > MaxLinesPerStepFile)
            .Select(file => $"{file.Name}: {file.Lines} lines")
            .ToList();

        Assert.True(tooLong.Count == 0, $"step files longer than {MaxLinesPerStepFile} lines:\n" + string.Join("\n", tooLong));
    }
}
