namespace Bpm.Engine.Runtime.Execution;

public static class IncidentTypes
{
    public const string ExtractValue = "EXTRACT_VALUE_ERROR";
    public const string Condition = "CONDITION_ERROR";
    public const string IoMapping = "IO_MAPPING_ERROR";
    public const string JobNoRetries = "JOB_NO_RETRIES";
    public const string UnhandledError = "UNHANDLED_ERROR_EVENT";
    public const string CalledElement = "CALLED_ELEMENT_ERROR";
    /// <summary>A business rule task's decision is not deployed, its hit policy was violated or a cell failed.</summary>
    public const string CalledDecision = "CALLED_DECISION_ERROR";
    public const string UnknownActivity = "UNKNOWN_ACTIVITY";
    /// <summary>A send task's message body does not match its contract.</summary>
    public const string MessageContract = "MESSAGE_CONTRACT_ERROR";
    /// <summary>An outbox message could not be delivered to the bus after the configured attempts (it keeps being retried).</summary>
    public const string MessageDispatch = "MESSAGE_DISPATCH_FAILED";
    /// <summary>An expression ran out of one of its evaluation budgets (iterations, list or string size, call depth, time).</summary>
    public const string EvaluationLimit = "EVALUATION_LIMIT_EXCEEDED";
    /// <summary>The step would grow the instance's variables past <c>Bpm:Engine:Limits:MaxVariablesBytes</c>.</summary>
    public const string VariablesTooLarge = "VARIABLES_TOO_LARGE";
}
