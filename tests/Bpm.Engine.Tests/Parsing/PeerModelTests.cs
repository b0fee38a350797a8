using Bpm.Engine.Parsing;
using Xunit.Abstractions;

namespace Bpm.Engine.Tests.Parsing;

public class PeerModelTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Files() => PeerModels.RelativePaths().Select(path => new object[] { path });

    private ParseResult ParseFile(string relativePath)
    {
        var result = BpmnText.Parser().Parse(relativePath, PeerModels.Read(relativePath));
        output.WriteLine(result.IsValid ? $"{relativePath}: OK ({result.Processes.Count} processes)" : $"{relativePath}: {result.Errors.Count} errors");
        foreach (var error in result.Errors)
            output.WriteLine($"  line {error.Line} {error.ElementType} '{error.ElementId}': {error.Message}");
        return result;
    }

    [PeerModelTheory]
    [MemberData(nameof(Files))]
    public void Every_file_parses_or_is_rejected_with_located_errors(string relativePath)
    {
        var result = ParseFile(relativePath);
        if (result.IsValid)
        {
            Assert.NotEmpty(result.ExecutableProcesses);
            return;
        }
        Assert.All(result.Errors, error =>
        {
            Assert.DoesNotContain("internal parser error", error.Message);
            Assert.Equal(relativePath, error.ResourceName);
            Assert.True(error.Line > 0, $"error without a line: {error}");
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
        });
    }

    [PeerModelTheory]
    [InlineData("bpmn-elements/lanes.bpmn")]
    [InlineData("bpmn-elements/exclusive-gateway-as-join.bpmn")]
    [InlineData("bpmn-elements/two-executable-processes.bpmn")]
    public void Files_without_unsupported_constructs_parse_cleanly(string relativePath)
    {
        var result = ParseFile(relativePath);
        Assert.Empty(result.Errors);
        Assert.NotEmpty(result.ExecutableProcesses);
    }

    [PeerModelTheory]
    [InlineData("bpmn-elements/signals.bpmn", "signal events are not supported")]
    [InlineData("bpmn-elements/send-signal.bpmn", "signal events are not supported")]
    [InlineData("bpmn-elements/transaction.bpmn", "transaction sub-processes are not supported")]
    [InlineData("bpmn-elements/ad-hoc-subprocess.bpmn", "adHocSubProcess is not supported")]
    [InlineData("bpmn-elements/end-compensate.bpmn", "compensation is not supported")]
    [InlineData("bpmn-elements/service-task.bpmn", "has no zeebe:taskDefinition type")]
    [InlineData("bpmn-elements/simple-task.bpmn", "has no start event")]
    public void Files_with_unsupported_constructs_are_rejected_by_name(string relativePath, string expected)
    {
        var result = ParseFile(relativePath);
        Assert.Contains(result.Errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
    }
}
