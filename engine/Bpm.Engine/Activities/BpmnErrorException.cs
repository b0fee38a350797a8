namespace Bpm.Engine.Activities;

/// <summary>Thrown by an activity to raise a BPMN error (caught by error boundary events / error event sub-processes by code).
/// Any other exception is a technical failure: the job is retried and, when retries run out, an incident opens.</summary>
public sealed class BpmnErrorException(string errorCode, string? message = null) : Exception(message ?? errorCode)
{
    public string ErrorCode { get; } = errorCode;
}
