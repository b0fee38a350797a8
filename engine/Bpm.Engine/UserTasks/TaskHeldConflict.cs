namespace Bpm.Engine.UserTasks;

/// <summary>A task change refused because someone holds the task. The change runs synchronously and cannot ask the people
/// directory, so <c>UserTaskService.ChangeAsync</c> turns this into the 409 naming the holder by display name.</summary>
internal sealed class TaskHeldConflict(string holder, Func<string, string> message) : Exception
{
    public string Holder => holder;

    public string MessageNaming(string name) => message(name);
}
