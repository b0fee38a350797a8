namespace Bpm.Engine.Tests.Engine;

/// <summary>Builds small BPMN documents for tests: the process body is written as BPMN XML without namespaces' noise.</summary>
public static class Bpmn
{
    public static string Process(string id, string body) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs_{id}" targetNamespace="http://bpm.test">
          <bpmn:process id="{id}" isExecutable="true">
        {body}
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>A document with root elements (errors, messages, escalations) before the process.</summary>
    public static string ProcessWith(string id, string rootElements, string body) =>
        Process(id, body).Replace("<bpmn:process ", rootElements + "\n  <bpmn:process ");

    public static string Flow(string id, string source, string target, string? condition = null) =>
        condition is null
            ? $"""<bpmn:sequenceFlow id="{id}" sourceRef="{source}" targetRef="{target}" />"""
            : $"""<bpmn:sequenceFlow id="{id}" sourceRef="{source}" targetRef="{target}"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{System.Security.SecurityElement.Escape(condition)}</bpmn:conditionExpression></bpmn:sequenceFlow>""";

    /// <summary>Start -> nodes in order -> end, with flows between them.</summary>
    public static string Chain(params string[] nodeIds)
    {
        var flows = new List<string>();
        for (var i = 0; i < nodeIds.Length - 1; i++) flows.Add(Flow($"f_{nodeIds[i]}_{nodeIds[i + 1]}", nodeIds[i], nodeIds[i + 1]));
        return string.Join("\n", flows);
    }

    public static string UserTask(string id, string? extensions = null) =>
        $"""<bpmn:userTask id="{id}" name="{id}">{Ext(extensions)}</bpmn:userTask>""";

    public static string ServiceTask(string id, string type, string? extra = null, int? retries = null) =>
        $"""<bpmn:serviceTask id="{id}"><bpmn:extensionElements><zeebe:taskDefinition type="{type}"{(retries is { } r ? $" retries=\"{r}\"" : "")} />{extra}</bpmn:extensionElements></bpmn:serviceTask>""";

    public static string ScriptTask(string id, string expression, string resultVariable) =>
        $"""<bpmn:scriptTask id="{id}"><bpmn:extensionElements><zeebe:script expression="{System.Security.SecurityElement.Escape(expression)}" resultVariable="{resultVariable}" /></bpmn:extensionElements></bpmn:scriptTask>""";

    private static string Ext(string? extensions) => extensions is null ? "" : $"<bpmn:extensionElements>{extensions}</bpmn:extensionElements>";
}
