using System.Text.Json.Nodes;

namespace Bpm.Engine.Activities;

/// <summary>Handed to <see cref="IActivity.ExecuteAsync"/>: where the activity runs, what it sees, and where it writes.</summary>
public sealed class ActivityContext
{
    private readonly Dictionary<string, JsonNode?> _setVariables = new(StringComparer.Ordinal);
    private readonly List<string> _logs = [];
    private readonly List<GeneratedDocument> _documents = [];
    private readonly List<string> _changedDeadlines = [];

    public ActivityContext(ActivityInvocation invocation, IServiceProvider services)
    {
        Invocation = invocation;
        Services = services;
    }

    public ActivityInvocation Invocation { get; }
    public IServiceProvider Services { get; }
    public IReadOnlyDictionary<string, JsonNode?> Variables => Invocation.Variables;
    public IReadOnlyDictionary<string, string> Headers => Invocation.Headers;

    /// <summary>Sets a variable in the instance when the activity completes (same propagation as job completion variables).</summary>
    public void SetVariable(string name, JsonNode? value) => _setVariables[name] = value;

    /// <summary>Writes a message into the instance's journal.</summary>
    public void Log(string message) => _logs.Add(message);

    /// <summary>Records a stored file as a document of the case when the activity completes (same step as its variables).</summary>
    public void AddDocument(GeneratedDocument document) => _documents.Add(document);

    /// <summary>Says that the activity changed the named deadline in the <c>deadlines</c> variable it set (paused, resumed):
    /// when the activity completes, the timers and task due dates that read it follow, as after the engine's deadline commands.</summary>
    public void DeadlineChanged(string name)
    {
        if (!_changedDeadlines.Contains(name)) _changedDeadlines.Add(name);
    }

    public IReadOnlyDictionary<string, JsonNode?> SetVariables => _setVariables;
    public IReadOnlyList<string> ChangedDeadlines => _changedDeadlines;
    public IReadOnlyList<GeneratedDocument> Documents => _documents;
    public IReadOnlyList<string> Logs => _logs;
}
