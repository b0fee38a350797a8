using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.Timers;

/// <summary>How a claimed batch of due timers fires: in rounds, each holding at most one timer per instance (in due order,
/// so two timers of one instance due together fire one after the other, never at once), each round cut into chunks whose
/// steps are written in one commit (<see cref="TimerChunkCommit"/>).</summary>
internal sealed class TimerFiringPlan
{
    private TimerFiringPlan(List<List<List<SubscriptionEntity>>> rounds) => Rounds = rounds;

    /// <summary>Rounds in firing order; a round starts once the one before it has been written.</summary>
    public IReadOnlyList<List<List<SubscriptionEntity>>> Rounds { get; }

    public static TimerFiringPlan Of(IEnumerable<SubscriptionEntity> claimed, int chunkSize)
    {
        var rounds = new List<List<SubscriptionEntity>>();
        var timersSeen = new Dictionary<long, int>();
        foreach (var timer in claimed.OrderBy(t => t.DueAt).ThenBy(t => t.Key))
        {
            // A timer start has no instance yet: each is its own.
            var round = timer.ProcessDefinitionKey is null ? timersSeen.GetValueOrDefault(timer.ProcessInstanceKey) : 0;
            if (timer.ProcessDefinitionKey is null) timersSeen[timer.ProcessInstanceKey] = round + 1;
            if (round == rounds.Count) rounds.Add([]);
            rounds[round].Add(timer);
        }
        var size = Math.Max(1, chunkSize);
        return new TimerFiringPlan(rounds.ConvertAll(round => round.Chunk(size).Select(chunk => chunk.ToList()).ToList()));
    }
}
