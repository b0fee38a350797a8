using System.Globalization;

namespace Bpm.Server.Tests.Recovery;

/// <summary>How a recovery test runs the server. Every process of one test shares the database, the folders and the
/// node id, so a restarted process is the same node coming back after its crash.</summary>
public sealed record RecoveryServerSettings(
    RecoveryDatabase Database, string WorkflowsPath, string KeyDirectory, string NodeId, bool RunJobWorker = true,
    IReadOnlyDictionary<string, string>? Extra = null)
{
    /// <summary>The server's configuration, as environment variables of its process.</summary>
    public IReadOnlyDictionary<string, string> Environment()
    {
        var environment = Defaults();
        foreach (var (key, value) in Extra ?? new Dictionary<string, string>()) environment[key] = value;
        return environment;
    }

    private Dictionary<string, string> Defaults() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        // Production refuses the demo's published passwords unless the demo is asked for explicitly.
        ["Bpm__Demo__Seed"] = "true",
        ["ConnectionStrings__Bpm"] = Database.ConnectionString,
        ["Bpm__Database__Provider"] = Database.Provider,
        ["Bpm__WorkflowsPath"] = WorkflowsPath,
        ["Bpm__Auth__KeyDirectory"] = KeyDirectory,
        ["Bpm__Engine__NodeId"] = NodeId,
        ["Bpm__Engine__RunJobWorker"] = RunJobWorker ? "true" : "false",
        ["Bpm__Engine__JobPollInterval"] = "00:00:00.200",
        ["Bpm__Engine__JobWorkerConcurrency"] = 8.ToString(CultureInfo.InvariantCulture),
        ["BPM_DEBUG_ERRORS"] = "1",
    };
}
