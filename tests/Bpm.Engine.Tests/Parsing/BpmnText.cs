using Bpm.Engine.Expressions;
using Bpm.Engine.Parsing;

namespace Bpm.Engine.Tests.Parsing;

/// <summary>Builds small BPMN documents for tests and finds the line of a marker in them.</summary>
internal static class BpmnText
{
    public const string Header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs" targetNamespace="http://bpmn.io/schema/bpmn">
        """;

    /// <summary>A definitions document with root elements, then one executable process "p" with the given body.</summary>
    public static string Process(string body, string roots = "") =>
        $"""
        {Header}
        {roots}
        <bpmn:process id="p" name="Test" isExecutable="true">
        {body}
        </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>start -> [body nodes between "s" and "e"] -> end, so tests only write the middle.</summary>
    public static string Linear(string middle, string firstId, string lastId, string roots = "") =>
        Process($"""
            <bpmn:startEvent id="s" />
            <bpmn:sequenceFlow id="f_s" sourceRef="s" targetRef="{firstId}" />
            {middle}
            <bpmn:sequenceFlow id="f_e" sourceRef="{lastId}" targetRef="e" />
            <bpmn:endEvent id="e" />
            """, roots);

    public static int LineOf(string xml, string marker)
    {
        var lines = xml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(marker, StringComparison.Ordinal))
                return i + 1;
        }
        throw new ArgumentException($"marker '{marker}' not found");
    }

    public static BpmnParser Parser() => new(new FeelEngine(TestClock.AtRealNow()));

    public static ParseResult Parse(string xml) => Parser().Parse("test.bpmn", xml);
}
