using Bpm.Engine.Parsing;
using Xunit.Abstractions;

namespace Bpm.Engine.Tests.Parsing;

public class PeerModelTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Files() => PeerModels.RelativePaths().Select(path => new object[] { new PeerModelFile(path) });

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
    public void Every_file_parses_or_is_rejected_with_located_errors(PeerModelFile file)
    {
        var relativePath = file.RelativePath;
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
    [InlineData("bpmn-elements/two-executable-processes.bpmn")]
    [InlineData("bpmn-elements/messageflow-target-process.bpmn")]
    [InlineData("bpmn-elements/groups.bpmn")]
    [InlineData("bpmn-elements/data-store-reference.bpmn")]
    [InlineData("bpmn-elements/timer-event.bpmn")]
    [InlineData("bpmn-elements/boundary-non-interupting-timer.bpmn")]
    [InlineData("miwg/bpmn.io_Camunda_Modeler_18.6.1/A.4.0-export.bpmn")]
    public void Files_without_unsupported_constructs_parse_cleanly(string relativePath)
    {
        var result = ParseFile(relativePath);
        Assert.Empty(result.Errors);
        Assert.NotEmpty(result.ExecutableProcesses);
    }

    [PeerModelFact]
    public void The_ad_hoc_sub_process_is_read_and_only_the_signal_event_inside_it_is_refused()
    {
        var result = ParseFile("bpmn-elements/ad-hoc-subprocess.bpmn");
        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, error => Assert.Equal("throw", error.ElementId));
    }

    [PeerModelFact]
    public void Lanes_are_ignored_and_only_the_unsupported_elements_are_named()
    {
        var result = ParseFile("bpmn-elements/lanes.bpmn");
        Assert.Equal(["task1", "intermediate"], result.Errors.Select(e => e.ElementId));
        Assert.Contains("camunda:inputOutput", result.Errors[0].Message);
        Assert.Contains("没有消息名称", result.Errors[1].Message);
    }

    [PeerModelTheory]
    [InlineData("bpmn-elements/signals.bpmn", "是信号事件，不受支持")]
    [InlineData("bpmn-elements/signal-after-signal.bpmn", "是信号事件，不受支持")]
    [InlineData("bpmn-elements/send-signal.bpmn", "没有可执行的流程")]
    [InlineData("bpmn-elements/transaction.bpmn", "事务子流程")]
    [InlineData("bpmn-elements/transaction.bpmn", "是取消事件，不受支持")]
    [InlineData("bpmn-elements/ad-hoc-subprocess.bpmn", "中间抛出事件「throw」是信号事件，不受支持")]
    [InlineData("bpmn-elements/end-compensate.bpmn", "本引擎不支持补偿")]
    [InlineData("bpmn-elements/wait-activities.bpmn", "是条件事件，不受支持")]
    [InlineData("bpmn-elements/service-task.bpmn", "没有任务类型（zeebe:taskDefinition type）")]
    [InlineData("bpmn-elements/loop.bpmn", "不支持脚本格式（scriptFormat）「JavaScript」")]
    [InlineData("bpmn-elements/succeeding-joins.bpmn", "是 JUEL 表达式，不受支持")]
    [InlineData("bpmn-elements/simple-task.bpmn", "没有开始事件")]
    [InlineData("bpmn-elements/service-task-operation.bpmn", "不是 BPMN 2.0 定义文档")]
    public void Files_with_unsupported_constructs_are_rejected_by_name(string relativePath, string expected)
    {
        var result = ParseFile(relativePath);
        Assert.Contains(result.Errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
    }
}
