namespace Bpm.Engine.Runtime.Commands;

public sealed record StartedProcessInstance(string ProcessInstanceKey, string BpmnProcessId, int Version, string ProcessDefinitionKey);
