namespace Bpm.Engine.Persistence.Entities;

/// <summary>The task's organisation unit and each of its ancestors, one row each, written when the task is created: "tasks of
/// organisation X or below" and "heads of X or above may see it" are equality look-ups on the organisation index.</summary>
public sealed class UserTaskOrganisationEntity
{
    public long TaskKey { get; set; }
    public string OrganisationId { get; set; } = "";
}
