using Bpm.Engine.Queries;

namespace Bpm.Benchmarks;

/// <summary>Checks a phase's results against the database: instance counts per state, plus samples the phase adds.</summary>
public sealed record Verification(bool Passed, string Detail)
{
    public Verification With(bool ok, string? failure) => ok ? this : new Verification(false, Detail + "; " + failure);

    public Verification Note(string note) => this with { Detail = Detail + "; " + note };

    public static async Task<long> CountAsync(EngineHost host, string processId, string state) =>
        (await host.Queries.ListInstancesAsync(new ProcessInstanceFilter(state, processId, null, 1, 1), CancellationToken.None)).Total;

    public static async Task<Verification> CountsAsync(EngineHost host, string processId, long expectedCompleted, long expectedActive)
    {
        var completed = await CountAsync(host, processId, "COMPLETED");
        var active = await CountAsync(host, processId, "ACTIVE");
        var ok = completed == expectedCompleted && active == expectedActive;
        return new Verification(ok, $"{completed} COMPLETED (expected {expectedCompleted}), {active} ACTIVE (expected {expectedActive})");
    }
}
