using Bpm.Contracts.V1;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;

namespace Bpm.Engine.Tests.Messaging;

/// <summary>Send tasks and message throw/end events bound to an agency message contract, with the body of a major penalty
/// filing built from FEEL input mappings.</summary>
public static class OutboundBpmn
{
    public const string Filing = MajorPenaltyFiling.MessageName;
    public const string ReceiverName = "郑州市司法局";
    public const string DecisionNumber = "郑市监罚〔2025〕12号";

    /// <summary>Every field of a filing but the envelope (filled by the engine), minus <paramref name="omit"/>.</summary>
    public static string FilingInputs(string? omit = null, string decisionNumber = DecisionNumber)
    {
        var inputs = new Dictionary<string, string>
        {
            ["receiver"] = $$"""={creditCode: "11410100MB0000000A", name: "{{ReceiverName}}", regionCode: "410100"}""",
            ["decisionNumber"] = $"=\"{decisionNumber}\"",
            ["penaltyKinds"] = """=["Fine", "ConfiscationOfIllegalGains"]""",
            ["fineAmount"] = "=200000",
            ["partyKind"] = "=\"LegalPerson\"",
            ["partyName"] = "=\"某某食品有限公司\"",
            ["majorGrounds"] = """=["LargeFine"]""",
            ["decisionDate"] = "=\"2025-09-20\"",
            ["documents"] = $$"""=[{title: "行政处罚决定书", fileName: "decision.pdf", sha256: "{{new string('a', 64)}}", sizeBytes: 2048}]""",
        };
        return string.Concat(inputs.Where(i => i.Key != omit).Select(i => Input(i.Value, i.Key)));
    }

    public static string SendTask(string id, string type, string inputs) =>
        $"""<bpmn:sendTask id="{id}">{Extensions(type, inputs)}</bpmn:sendTask>""";

    public static string MessageThrow(string id, string type, string inputs) =>
        $"""<bpmn:intermediateThrowEvent id="{id}">{Extensions(type, inputs)}<bpmn:messageEventDefinition /></bpmn:intermediateThrowEvent>""";

    public static string MessageEnd(string id, string type, string inputs) =>
        $"""<bpmn:endEvent id="{id}">{Extensions(type, inputs)}<bpmn:messageEventDefinition /></bpmn:endEvent>""";

    private static string Extensions(string type, string inputs) =>
        $"""<bpmn:extensionElements><zeebe:taskDefinition type="{type}" /><zeebe:ioMapping>{inputs}</zeebe:ioMapping></bpmn:extensionElements>""";
}
