namespace Bpm.Engine.Runtime.Execution;

/// <summary>Thrown inside a step when an element cannot go on; the step turns it into an incident on that element instance
/// and carries on with the rest of its work. Public: a module throws it to raise an incident (module API, docs/adr/0007),
/// with an <see cref="IncidentTypes"/> type.</summary>
public sealed class IncidentException(string errorType, string message, Exception? inner = null) : Exception(message, inner)
{
    public string ErrorType { get; } = errorType;
}
