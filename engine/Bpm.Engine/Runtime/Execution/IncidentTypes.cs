namespace Bpm.Engine.Runtime.Execution;

internal static class IncidentTypes
{
    public const string ExtractValue = "EXTRACT_VALUE_ERROR";
    public const string Condition = "CONDITION_ERROR";
    public const string IoMapping = "IO_MAPPING_ERROR";
    public const string JobNoRetries = "JOB_NO_RETRIES";
    public const string UnhandledError = "UNHANDLED_ERROR_EVENT";
    public const string CalledElement = "CALLED_ELEMENT_ERROR";
    public const string UnknownActivity = "UNKNOWN_ACTIVITY";
    /// <summary>A send task's message body does not match its contract.</summary>
    public const string MessageContract = "MESSAGE_CONTRACT_ERROR";
    /// <summary>An outbox message could not be delivered to the bus after the configured attempts (it keeps being retried).</summary>
    public const string MessageDispatch = "MESSAGE_DISPATCH_FAILED";
}
