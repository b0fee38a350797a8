namespace Bpm.Engine.Runtime.Execution;

/// <summary>Thrown inside a step when an element cannot go on; the step turns it into an incident on that element instance
/// and carries on with the rest of its work.</summary>
internal sealed class IncidentException(string errorType, string message, Exception? inner = null) : Exception(message, inner)
{
    public string ErrorType { get; } = errorType;
}
