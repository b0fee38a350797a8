namespace Bpm.Benchmarks;

/// <summary>The BPMN models the benchmark deploys.</summary>
public static class BenchProcesses
{
    public const string StraightThroughId = "bench-ten-tasks";
    public const string JobModeId = "bench-ten-tasks-jobs";
    public const string UserTaskId = "bench-user-task";
    public const string BusinessRuleTaskId = "bench-ten-tasks-rule";

    /// <summary>start, 5 script tasks alternating with 5 inline service tasks (bpm:set-variables), end: one durable step.</summary>
    public static string StraightThrough() => Document(StraightThroughId, TenTasks(i =>
        $"""<bpmn:serviceTask id="t{i}"><bpmn:extensionElements><zeebe:taskDefinition type="bpm:set-variables" /><zeebe:ioMapping><zeebe:input source="={"{"}x{i}: {i}{"}"}" target="variables" /></zeebe:ioMapping></bpmn:extensionElements></bpmn:serviceTask>"""));

    /// <summary>Same shape, but the service tasks are bpm:counter, a Job-mode activity: each runs as its own job and step.</summary>
    public static string JobMode() => Document(JobModeId, TenTasks(i =>
        $"""<bpmn:serviceTask id="t{i}"><bpmn:extensionElements><zeebe:taskDefinition type="bpm:counter" /></bpmn:extensionElements></bpmn:serviceTask>"""));

    /// <summary>The straight-through process with one business rule task first: the 50-rule table of
    /// <see cref="DecisionBenchmark"/> (decision <c>fine</c>), result in <c>penalty</c>; still one durable step.</summary>
    public static string StraightThroughWithBusinessRuleTask() => Document(BusinessRuleTaskId, TenTasks(i =>
        $"""<bpmn:serviceTask id="t{i}"><bpmn:extensionElements><zeebe:taskDefinition type="bpm:set-variables" /><zeebe:ioMapping><zeebe:input source="={"{"}x{i}: {i}{"}"}" target="variables" /></zeebe:ioMapping></bpmn:extensionElements></bpmn:serviceTask>""",
        ("rule", """<bpmn:businessRuleTask id="rule"><bpmn:extensionElements><zeebe:calledDecision decisionId="fine" resultVariable="penalty" /></bpmn:extensionElements></bpmn:businessRuleTask>""")));

    /// <summary>start, one user task, end.</summary>
    public static string UserTask() => Document(UserTaskId, [
        """<bpmn:startEvent id="start" />""",
        """<bpmn:userTask id="approve" name="Approve" />""",
        """<bpmn:endEvent id="end" />""",
        Flow("start", "approve"),
        Flow("approve", "end"),
    ]);

    private static List<string> TenTasks(Func<int, string> serviceTask, (string Id, string Xml)? first = null)
    {
        var nodes = new List<string> { """<bpmn:startEvent id="start" />""" };
        var ids = new List<string> { "start" };
        if (first is { } task)
        {
            nodes.Add(task.Xml);
            ids.Add(task.Id);
        }
        for (var i = 0; i < 10; i++)
        {
            nodes.Add(i % 2 == 0
                ? $"""<bpmn:scriptTask id="t{i}"><bpmn:extensionElements><zeebe:script expression="=n + {i}" resultVariable="s{i}" /></bpmn:extensionElements></bpmn:scriptTask>"""
                : serviceTask(i));
            ids.Add($"t{i}");
        }
        nodes.Add("""<bpmn:endEvent id="end" />""");
        ids.Add("end");
        for (var i = 0; i < ids.Count - 1; i++) nodes.Add(Flow(ids[i], ids[i + 1]));
        return nodes;
    }

    internal static string Flow(string source, string target) =>
        $"""<bpmn:sequenceFlow id="f_{source}_{target}" sourceRef="{source}" targetRef="{target}" />""";

    internal static string Document(string id, IEnumerable<string> body) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
            id="defs_{id}" targetNamespace="http://bpm.bench">
          <bpmn:process id="{id}" isExecutable="true">
            {string.Join("\n    ", body)}
          </bpmn:process>
        </bpmn:definitions>
        """;
}
