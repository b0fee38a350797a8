using System.Collections.Concurrent;
using Bpm.Engine.Activities;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;

namespace Bpm.Engine.Jobs;

/// <summary>Hands the jobs a step of this node creates to this node's background worker without a lock query or a poll:
/// before the commit, <see cref="Prelock"/> marks them locked by this node (the step's own transaction inserts them so,
/// under the one-running-job-per-instance index; a job the index refuses is inserted unlocked instead); after the commit,
/// <see cref="Hand"/> gives the ones that were inserted locked to the worker. A job created by the completion of a job of
/// the same instance runs next in that job's slot (the instance is hot in the cache). A node that dies holding handed jobs
/// is like one that dies holding locked jobs: the live nodes release its locks at takeover.</summary>
internal sealed class JobHandoff
{
    private readonly ConcurrentQueue<JobEntity> _queue = new();
    private readonly AsyncLocal<RunningJob?> _running = new();
    // Activities a command's step started and left running past its budget (JobChain.ForCommand), by job key.
    private readonly ConcurrentDictionary<long, AdoptedActivity> _adopted = new();
    // Job types whose run outran a command's budget, until when commands leave them to the worker.
    private readonly ConcurrentDictionary<string, DateTimeOffset> _slowTypes = new();
    private int _queued;
    private int _busy;
    // The worker's slots; 0 while no background worker runs (then nothing is pre-locked).
    private int _capacity;

    /// <summary>Raised after jobs were queued for the worker.</summary>
    public event Action? Handed;

    /// <summary>The background worker starts taking handed jobs. A job is pre-locked only for a slot that is free: the jobs
    /// this node holds (running and waiting) never exceed <paramref name="capacity"/>, so a node whose slots are busy with slow
    /// jobs leaves new jobs unlocked for the other nodes.</summary>
    public void Open(int capacity, CancellationToken stopping)
    {
        Stopping = stopping;
        Volatile.Write(ref _capacity, Math.Max(1, capacity));
    }

    /// <summary>The background worker's stop: activities a command's step starts run under it, as the worker's do.</summary>
    public CancellationToken Stopping { get; private set; }

    /// <summary>Whether a background worker takes handed jobs.</summary>
    public bool IsOpen => Volatile.Read(ref _capacity) > 0;

    /// <summary>The worker stops: nothing more is pre-locked, and the jobs still waiting are returned (to unlock).</summary>
    public List<JobEntity> Close()
    {
        Volatile.Write(ref _capacity, 0);
        _adopted.Clear();
        var waiting = new List<JobEntity>();
        while (_queue.TryDequeue(out var job))
        {
            Interlocked.Decrement(ref _queued);
            waiting.Add(job);
        }
        return waiting;
    }

    /// <summary>Marks which of a step's new jobs are to be inserted locked by <paramref name="owner"/>: due ones, one per
    /// instance, a follow-up of the job running in this flow always, others while a worker slot is free.</summary>
    public void Prelock(IReadOnlyList<JobEntity> inserted, string owner, DateTimeOffset now, DateTimeOffset lockUntil)
    {
        var capacity = Volatile.Read(ref _capacity);
        if (capacity == 0 || inserted.Count == 0) return;
        var room = capacity - Volatile.Read(ref _busy) - Volatile.Read(ref _queued);
        var running = _running.Value;
        var instances = new HashSet<long>();
        // A job already locked (a command's step committing one whose activity still runs) holds its instance's one lock.
        foreach (var job in inserted)
            if (job.LockedBy is not null) instances.Add(job.ProcessInstanceKey);
        foreach (var job in inserted)
        {
            if (job.State != JobState.Activatable || job.LockedBy is not null || job.DueAt > now || !instances.Add(job.ProcessInstanceKey)) continue;
            if (!IsFollowUp(running, job))
            {
                if (room <= 0) continue;
                room--;
            }
            job.LockedBy = owner;
            job.LockedUntil = lockUntil;
            job.LockedInstanceKey = job.ProcessInstanceKey;
        }
    }

    /// <summary>After the commit: gives the worker every new job that was inserted locked by <paramref name="owner"/>
    /// (the commit unmarks the ones it had to insert unlocked), and returns how many.</summary>
    public int Hand(IReadOnlyList<JobEntity> inserted, string owner)
    {
        var handed = 0;
        var queued = false;
        var running = _running.Value;
        foreach (var job in inserted)
        {
            if (job.LockedBy != owner || job.LockedInstanceKey is null) continue;
            handed++;
            if (_adopted.TryGetValue(job.Key, out var adopted)) adopted.Committed = true;
            if (IsFollowUp(running, job))
            {
                running!.Next = job;
                continue;
            }
            _queue.Enqueue(job);
            Interlocked.Increment(ref _queued);
            queued = true;
        }
        if (queued) Handed?.Invoke();
        return handed;
    }

    /// <summary>Up to <paramref name="max"/> handed jobs, oldest first.</summary>
    public List<JobEntity> Take(int max)
    {
        var jobs = new List<JobEntity>();
        while (jobs.Count < max && _queue.TryDequeue(out var job))
        {
            Interlocked.Decrement(ref _queued);
            jobs.Add(job);
        }
        return jobs;
    }

    /// <summary>Takes a worker slot for a job a command's step runs itself, if one is free (the jobs this node holds stay
    /// within its capacity); the caller gives it back with <see cref="SlotFreed"/>.</summary>
    public bool TryTakeSlot()
    {
        var capacity = Volatile.Read(ref _capacity);
        if (capacity == 0) return false;
        if (Interlocked.Increment(ref _busy) + Volatile.Read(ref _queued) <= capacity) return true;
        Interlocked.Decrement(ref _busy);
        return false;
    }

    /// <summary>A command's step started the activity of job <paramref name="jobKey"/> and commits the job locked by this
    /// node while the activity still runs: the worker, handed the job after the commit, awaits this activity instead of
    /// running it again.</summary>
    public void Adopt(long jobKey, Task<ActivityResult> running) => _adopted[jobKey] = new AdoptedActivity(running);

    /// <summary>The running activity of a handed job that a command's step started, if any (taken once).</summary>
    public Task<ActivityResult>? TakeAdopted(long jobKey) => _adopted.TryRemove(jobKey, out var adopted) ? adopted.Running : null;

    /// <summary>Forgets the adopted activities of jobs whose step did not commit (the job does not exist).</summary>
    public void Abandon(IEnumerable<long> jobKeys)
    {
        foreach (var key in jobKeys)
            if (_adopted.TryGetValue(key, out var adopted) && !adopted.Committed) _adopted.TryRemove(key, out _);
    }

    /// <summary>Commands leave jobs of <paramref name="type"/> to the worker until <paramref name="until"/>.</summary>
    public void MarkSlow(string type, DateTimeOffset until) => _slowTypes[type] = until;

    /// <summary>Whether commands leave jobs of <paramref name="type"/> to the worker at <paramref name="now"/>.</summary>
    public bool IsSlow(string type, DateTimeOffset now) => _slowTypes.TryGetValue(type, out var until) && now < until;

    /// <summary>A worker slot started running a job (and its follow-ups).</summary>
    public void SlotTaken() => Interlocked.Increment(ref _busy);

    /// <summary>A worker slot is free again.</summary>
    public void SlotFreed() => Interlocked.Decrement(ref _busy);

    /// <summary>Marks <paramref name="job"/> as the one running in the current flow (until the flow ends), so that a job
    /// its completion step creates for the same instance comes back as <see cref="RunningJob.Next"/>.</summary>
    public RunningJob BeginRun(JobEntity job)
    {
        var running = new RunningJob(job.ProcessInstanceKey);
        _running.Value = running;
        return running;
    }

    private static bool IsFollowUp(RunningJob? running, JobEntity job) =>
        running is not null && running.InstanceKey == job.ProcessInstanceKey && running.Next is null;

    /// <summary>The job a worker slot runs, and the follow-up job of the same instance its completion handed back.</summary>
    internal sealed class RunningJob(long instanceKey)
    {
        public long InstanceKey { get; } = instanceKey;
        public JobEntity? Next { get; set; }
    }

    private sealed class AdoptedActivity(Task<ActivityResult> running)
    {
        private volatile bool _committed;
        public Task<ActivityResult> Running { get; } = running;
        public bool Committed
        {
            get => _committed;
            set => _committed = value;
        }
    }
}
