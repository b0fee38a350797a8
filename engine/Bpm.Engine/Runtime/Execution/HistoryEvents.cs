namespace Bpm.Engine.Runtime.Execution;

internal static class HistoryEvents
{
    public const string Activated = "ACTIVATED";
    public const string Completed = "COMPLETED";
    public const string Terminated = "TERMINATED";
    public const string VariableSet = "VARIABLE_SET";
    public const string IncidentCreated = "INCIDENT_CREATED";
    public const string IncidentResolved = "INCIDENT_RESOLVED";
    public const string JobFailed = "JOB_FAILED";
    public const string Log = "LOG";
    public const string MessageSent = "MESSAGE_SENT";
    public const string MessageReceived = "MESSAGE_RECEIVED";
}
