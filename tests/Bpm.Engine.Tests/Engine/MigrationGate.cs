using Bpm.Engine.Persistence;

namespace Bpm.Engine.Tests.Engine;

/// <summary>Migrates each shared database once per run, however many harnesses start in parallel.</summary>
internal static class MigrationGate
{
    private static readonly Dictionary<DatabaseProvider, Task> Done = [];
    private static readonly object Gate = new();

    public static Task RunOnceAsync(DatabaseProvider provider, Func<Task> migrate)
    {
        lock (Gate)
        {
            if (!Done.TryGetValue(provider, out var task) || task.IsFaulted) Done[provider] = task = migrate();
            return task;
        }
    }
}
