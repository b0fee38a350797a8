namespace Bpm.Engine.Runtime.Commands;

/// <summary>A started instance; <c>CaseNumber</c> is its 案号 when one was issued by the time the start returned (the case
/// service fills it, so the starter sees it even when none of the case's tasks is theirs).</summary>
public sealed record StartedProcessInstance(string ProcessInstanceKey, string BpmnProcessId, int Version, string ProcessDefinitionKey,
    string? CaseNumber = null);
