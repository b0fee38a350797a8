namespace Bpm.Engine.Persistence.Entities;

/// <summary>One candidate of an OPEN user task (rows are deleted when the task ends): kind <c>user</c> or <c>group</c>.
/// The inbox finds a user's candidate tasks through the (kind, value) index instead of searching the JSON columns.</summary>
public sealed class UserTaskCandidateEntity
{
    public const string User = "user";
    public const string Group = "group";

    public long TaskKey { get; set; }
    public string Kind { get; set; } = "";
    public string Value { get; set; } = "";
}
