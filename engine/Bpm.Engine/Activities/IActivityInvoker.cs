namespace Bpm.Engine.Activities;

/// <summary>Creates the activity through DI, binds its inputs from the invocation's variables, runs it and collects outputs.
/// Throws <see cref="BpmnErrorException"/> for BPMN errors; any other exception is a technical failure.</summary>
public interface IActivityInvoker
{
    Task<ActivityResult> InvokeAsync(ActivityDescriptor descriptor, ActivityInvocation invocation, CancellationToken ct);
}
