namespace Bpm.Bus.Tests.Infrastructure;

/// <summary>The processes the end-to-end tests run: a major-penalty filing sent to the justice bureau that waits for its
/// acknowledgement or correction opinion, and one that only waits for the acknowledgement.</summary>
public static class FilingModels
{
    public const string FilingProcessId = "bus-major-penalty-filing";
    public const string WaitingProcessId = "bus-filing-acknowledgement";

    private const string Messages = """
          <bpmn:message id="ack" name="major-penalty.acknowledged.v1"><bpmn:extensionElements><zeebe:subscription correlationKey="=caseNumber" /></bpmn:extensionElements></bpmn:message>
          <bpmn:message id="opinion" name="major-penalty.correction-opinion.v1"><bpmn:extensionElements><zeebe:subscription correlationKey="=caseNumber" /></bpmn:extensionElements></bpmn:message>
        """;

    public static string Filing => Definitions(FilingProcessId, """
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="file" />
            <bpmn:sendTask id="file" name="报送重大行政处罚备案">
              <bpmn:extensionElements>
                <zeebe:taskDefinition type="major-penalty.filing.v1" />
                <zeebe:ioMapping>
                  <zeebe:input source="=decisionNo" target="decisionNumber" />
                  <zeebe:input source="=party" target="partyName" />
                  <zeebe:input source="=fine" target="fineAmount" />
                </zeebe:ioMapping>
              </bpmn:extensionElements>
            </bpmn:sendTask>
            <bpmn:sequenceFlow id="f2" sourceRef="file" targetRef="gw" />
            <bpmn:eventBasedGateway id="gw" />
            <bpmn:sequenceFlow id="f3" sourceRef="gw" targetRef="acknowledged" />
            <bpmn:intermediateCatchEvent id="acknowledged"><bpmn:messageEventDefinition messageRef="ack" /></bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f4" sourceRef="gw" targetRef="corrected" />
            <bpmn:intermediateCatchEvent id="corrected"><bpmn:messageEventDefinition messageRef="opinion" /></bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f5" sourceRef="acknowledged" targetRef="filed" />
            <bpmn:endEvent id="filed" />
            <bpmn:sequenceFlow id="f6" sourceRef="corrected" targetRef="correctionReceived" />
            <bpmn:endEvent id="correctionReceived" />
        """);

    public static string Waiting => Definitions(WaitingProcessId, """
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="acknowledged" />
            <bpmn:receiveTask id="acknowledged" messageRef="ack" />
            <bpmn:sequenceFlow id="f2" sourceRef="acknowledged" targetRef="filed" />
            <bpmn:endEvent id="filed" />
        """);

    /// <summary>The start variables of a filing: the contract's fields the model does not map (receiver included).</summary>
    public static object FilingVariables(string caseNumber) => new
    {
        caseNumber,
        decisionNo = "郑市监罚字〔2025〕15号",
        party = "郑州某食品有限公司",
        fine = 150000,
        penaltyKinds = new[] { "Fine" },
        partyKind = "LegalPerson",
        majorGrounds = new[] { "LargeFine" },
        decisionDate = "2025-09-26",
        documents = new[]
        {
            new { title = "行政处罚决定书", fileName = "decision.pdf", sizeBytes = 182344, sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" },
        },
        receiver = new { creditCode = "11410100MB7654321Y", name = "郑州市司法局", regionCode = "410100" },
    };

    private static string Definitions(string processId, string body) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                          id="defs_{processId}" targetNamespace="http://bpm.test">
        {Messages}
          <bpmn:process id="{processId}" isExecutable="true">
        {body}
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>Writes both models into a workflows folder (deployed at server start-up).</summary>
    public static void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, FilingProcessId + ".bpmn"), Filing);
        File.WriteAllText(Path.Combine(folder, WaitingProcessId + ".bpmn"), Waiting);
    }
}
