using Bpm.Engine.Deployment;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Time;
using Microsoft.Extensions.Logging;

namespace Bpm.Engine.Timers;

/// <summary>Fires due timers: claims TIMER subscriptions with due_at &lt;= now (the engine clock) and fires each in its own
/// step, the same path as <see cref="IProcessEngine.TriggerSubscriptionAsync"/>; the steps of a chunk of the claimed batch
/// are written in one commit (<see cref="TimerChunkCommit"/>). The step deletes the bookmark (a checked delete), so a
/// timer fires once even if two nodes race for it; the loser's step is a no-op.</summary>
public sealed class TimerSweep : IDisposable
{
    private readonly EngineContext _context;
    private readonly ProcessEngine _engine;
    private readonly ProcessDeployer _deployer;
    private readonly ILogger<TimerSweep> _logger;
    private readonly Hosting.WakeSignal _wake = new();
    private readonly object _gate = new();
    private DateTimeOffset _sleepingUntil = DateTimeOffset.MinValue;

    internal TimerSweep(EngineContext context, ProcessEngine engine, ProcessDeployer deployer, ILogger<TimerSweep> logger)
    {
        _context = context;
        _engine = engine;
        _deployer = deployer;
        _logger = logger;
        context.TimerScheduled += OnTimerScheduled;
        deployer.TimerStartsOpened += OnTimerScheduled;
        if (context.Clock is ControllableClock clock) clock.Moved += Wake;
    }

    /// <summary>Fires every timer due now and returns how many fired (timers another node fired first, or whose element
    /// ended meanwhile, are not counted). A slot frees as soon as its timer is done, and due timers are claimed again at
    /// least every poll interval: one slow step (an expression running to its time budget) holds back only its own timer
    /// (and its chunk's commit by at most <see cref="EngineOptions.TimerFireChunkWait"/>).</summary>
    public async Task<int> RunDueTimersAsync(CancellationToken ct)
    {
        var options = _context.Options;
        var slots = Math.Max(1, options.TimerSweepConcurrency);
        // Claiming again for each timer that finished would cost a claim query (and a lone instance read) per timer: claim
        // once half a batch of slots is free, and once a claim found fewer due timers than it asked for, not again until
        // the timers in flight are done or the poll interval passed.
        var claimFrom = Math.Max(1, Math.Min(slots, options.TimerSweepBatchSize) / 2);
        var caughtUp = false;
        var inFlight = new List<Task<bool>>();
        var total = 0;
        while (true)
        {
            var free = slots - inFlight.Count;
            var claimedAll = false;
            if (inFlight.Count == 0 || (free >= claimFrom && !caughtUp))
            {
                var now = _context.Clock.GetUtcNow();
                var asked = Math.Min(free, options.TimerSweepBatchSize);
                var claimed = await _context.Store.ClaimDueTimersAsync(options.NodeId, now, now + options.TimerClaimTimeout, asked, ct);
                await PreloadInstancesAsync(claimed, ct);
                inFlight.AddRange(Fire(TimerFiringPlan.Of(claimed, options.TimerFireChunkSize), ct));
                caughtUp = claimed.Count < asked;
                claimedAll = !caughtUp && inFlight.Count < slots;
            }
            if (inFlight.Count == 0) return total;
            if (claimedAll) continue;
            var poll = Task.Delay(options.TimerPollInterval, ct);
            if (await Task.WhenAny(inFlight.Append<Task>(poll)) == poll) caughtUp = false;
            if (ct.IsCancellationRequested)
            {
                // Stopping: the running steps see the same token; wait for them so none outlives the host.
                await Task.WhenAll(inFlight).ContinueWith(_ => { }, TaskScheduler.Default);
                ct.ThrowIfCancellationRequested();
            }
            foreach (var done in inFlight.Where(t => t.IsCompleted).ToArray())
            {
                inFlight.Remove(done);
                if (await done) total++;
            }
        }
    }

    /// <summary>Starts a task per timer: the first round's at once, a later round's (timers of an instance that has one in the
    /// round before) once the round before has finished. The steps of a chunk share one commit.</summary>
    private List<Task<bool>> Fire(TimerFiringPlan plan, CancellationToken ct)
    {
        var all = new List<Task<bool>>();
        Task before = Task.CompletedTask;
        foreach (var round in plan.Rounds)
        {
            var tasks = new List<Task<bool>>();
            foreach (var chunk in round)
            {
                var commit = new TimerChunkCommit(_context.Store, chunk.Count, _context.Options.TimerFireChunkWait);
                var after = before;
                foreach (var timer in chunk)
                    tasks.Add(Task.Run(async () =>
                    {
                        try
                        {
                            await after.ConfigureAwait(false);
                            return await FireAsync(timer, commit, ct);
                        }
                        finally
                        {
                            commit.Finished();
                        }
                    }));
            }
            all.AddRange(tasks);
            before = Task.WhenAll(tasks).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        return all;
    }

    /// <summary>Reads the instances of a claimed batch in one query into the instance cache, so each timer's step need not
    /// read its own. Safe even if a copy is older by the time the step runs: the cache keeps the newer of two copies, and a
    /// step on a stale copy fails its revision check and runs again from the database.</summary>
    private async Task PreloadInstancesAsync(IReadOnlyList<Persistence.Entities.SubscriptionEntity> claimed, CancellationToken ct)
    {
        if (_context.Options.InstanceCacheSize <= 0) return;
        var keys = new HashSet<long>();
        foreach (var timer in claimed)
            if (timer.ProcessDefinitionKey is null && !_context.Instances.Contains(timer.ProcessInstanceKey)) keys.Add(timer.ProcessInstanceKey);
        if (keys.Count < 2) return;
        foreach (var instance in await _context.Store.FindInstancesAsync(keys, ct))
            if (instance.State == Persistence.States.ProcessInstanceState.Active) _context.Instances.Put(instance);
    }

    /// <summary>Earliest due time of a timer waiting to be claimed, or null.</summary>
    public Task<DateTimeOffset?> NextDueAtAsync(CancellationToken ct) => _context.Store.NextTimerDueAtAsync(ct);

    /// <summary>Wakes the background sweep at once (e.g. after the engine clock was moved forward).</summary>
    public void Wake() => _wake.Wake();

    /// <summary>Sleeps for at most <paramref name="delay"/> (real time), or until woken.</summary>
    internal async Task SleepAsync(TimeSpan delay, CancellationToken ct)
    {
        lock (_gate) _sleepingUntil = _context.Clock.GetUtcNow() + delay;
        await _wake.WaitAsync(delay, ct);
    }

    private async Task<bool> FireAsync(Persistence.Entities.SubscriptionEntity timer, TimerChunkCommit commit, CancellationToken ct)
    {
        try
        {
            return await _engine.FireTimerAsync(timer, ct, commit.CommitAsync);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // The claim stays until it expires, so a timer that cannot fire is retried later, not in a tight loop.
            _logger.LogError(ex, "Timer {SubscriptionKey} could not fire; it is retried when its claim expires", timer.Key);
            return false;
        }
    }

    /// <summary>A step or deployment opened a timer: wake the sweep if it falls due before the sweep would wake anyway.</summary>
    private void OnTimerScheduled(DateTimeOffset dueAt)
    {
        bool sooner;
        lock (_gate) sooner = dueAt < _sleepingUntil;
        if (sooner) Wake();
    }

    public void Dispose()
    {
        _context.TimerScheduled -= OnTimerScheduled;
        _deployer.TimerStartsOpened -= OnTimerScheduled;
        if (_context.Clock is ControllableClock clock) clock.Moved -= Wake;
        _wake.Dispose();
    }
}
