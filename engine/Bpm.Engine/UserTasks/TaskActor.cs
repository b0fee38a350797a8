namespace Bpm.Engine.UserTasks;

/// <summary>Who calls: the signed-in user name and the roles in their token. Groups and organisation come from the
/// people directory; its roles add to these.</summary>
public sealed record TaskActor(string Username, IReadOnlyList<string> Roles);
