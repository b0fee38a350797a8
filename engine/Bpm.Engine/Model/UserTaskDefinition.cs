using Bpm.Engine.Expressions;

namespace Bpm.Engine.Model;

/// <summary>zeebe:assignmentDefinition, zeebe:taskSchedule, zeebe:priorityDefinition and zeebe:formDefinition of a user task.
/// Every member is a FEEL expression or a static value (wrapped as a constant expression).</summary>
public sealed class UserTaskDefinition
{
    public FeelExpression? Assignee { get; init; }
    /// <summary>Comma-separated static list or a FEEL list of strings.</summary>
    public FeelExpression? CandidateGroups { get; init; }
    public FeelExpression? CandidateUsers { get; init; }
    public FeelExpression? DueDate { get; init; }
    public FeelExpression? FollowUpDate { get; init; }
    public FeelExpression? Priority { get; init; }
    /// <summary>zeebe:formDefinition formId / formKey / externalReference, whichever is set.</summary>
    public string? FormId { get; init; }
    public string? FormKey { get; init; }
}
