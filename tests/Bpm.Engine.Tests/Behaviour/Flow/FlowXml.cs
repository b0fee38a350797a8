using System.Security;

namespace Bpm.Engine.Tests.Behaviour.Flow;

/// <summary>Small BPMN fragments for the flow behaviour tests (the harness's <c>Bpmn</c> covers the process frame and flows).</summary>
public static class FlowXml
{
    public static string Esc(string text) => SecurityElement.Escape(text);

    public static string Start(string id = "start") => $"""<bpmn:startEvent id="{id}" />""";

    public static string End(string id = "end") => $"""<bpmn:endEvent id="{id}" />""";

    public static string Manual(string id) => $"""<bpmn:manualTask id="{id}" />""";

    public static string Task(string id) => $"""<bpmn:task id="{id}" />""";

    /// <summary>kind: exclusive, parallel, inclusive.</summary>
    public static string Gateway(string kind, string id, string? defaultFlow = null) =>
        defaultFlow is null
            ? $"""<bpmn:{kind}Gateway id="{id}" />"""
            : $"""<bpmn:{kind}Gateway id="{id}" default="{defaultFlow}" />""";

    public static string Input(string source, string target) => $"""<zeebe:input source="{Esc(source)}" target="{target}" />""";

    public static string Output(string source, string target) => $"""<zeebe:output source="{Esc(source)}" target="{target}" />""";

    public static string Io(params string[] mappings) => $"<zeebe:ioMapping>{string.Concat(mappings)}</zeebe:ioMapping>";

    public static string Script(string id, string expression, string resultVariable, string? extensions = null, string? loop = null, string? defaultFlow = null) =>
        $"""<bpmn:scriptTask id="{id}"{DefaultAttr(defaultFlow)}><bpmn:extensionElements><zeebe:script expression="{Esc(expression)}" resultVariable="{resultVariable}" />{extensions}</bpmn:extensionElements>{loop}</bpmn:scriptTask>""";

    public static string User(string id, string? extensions = null, string? loop = null) =>
        $"""<bpmn:userTask id="{id}" name="{id}"><bpmn:extensionElements>{extensions}</bpmn:extensionElements>{loop}</bpmn:userTask>""";

    public static string Service(string id, string type, string? extensions = null, string? retries = null, string? loop = null) =>
        $"""<bpmn:serviceTask id="{id}"><bpmn:extensionElements><zeebe:taskDefinition type="{type}"{(retries is null ? "" : $" retries=\"{retries}\"")} />{extensions}</bpmn:extensionElements>{loop}</bpmn:serviceTask>""";

    public static string SubProcess(string id, string body, string? extensions = null, string? loop = null) =>
        $"""<bpmn:subProcess id="{id}"><bpmn:extensionElements>{extensions}</bpmn:extensionElements>{loop}{body}</bpmn:subProcess>""";

    public static string MultiInstance(string inputCollection, string? inputElement = null, string? outputCollection = null,
        string? outputElement = null, bool sequential = false, string? completionCondition = null)
    {
        var attributes = $"""inputCollection="{Esc(inputCollection)}" """;
        if (inputElement is not null) attributes += $"""inputElement="{inputElement}" """;
        if (outputCollection is not null) attributes += $"""outputCollection="{outputCollection}" """;
        if (outputElement is not null) attributes += $"""outputElement="{Esc(outputElement)}" """;
        var completion = completionCondition is null
            ? ""
            : $"""<bpmn:completionCondition xsi:type="bpmn:tFormalExpression">{Esc(completionCondition)}</bpmn:completionCondition>""";
        return $"""<bpmn:multiInstanceLoopCharacteristics isSequential="{(sequential ? "true" : "false")}"><bpmn:extensionElements><zeebe:loopCharacteristics {attributes}/></bpmn:extensionElements>{completion}</bpmn:multiInstanceLoopCharacteristics>""";
    }

    private static string DefaultAttr(string? defaultFlow) => defaultFlow is null ? "" : $""" default="{defaultFlow}" """.TrimEnd();
}
