namespace Bpm.Engine.Hosting;

/// <summary>Engine settings (section <c>Bpm:Engine</c>).</summary>
public sealed class EngineOptions
{
    /// <summary>The business time zone (an IANA id): the engine counts days and reads times without an offset in it (FEEL
    /// <c>today()</c>/<c>now()</c>, timers, task due dates, deadlines, documents), whatever the machine's zone. An unknown
    /// zone refuses the start.</summary>
    public string TimeZone { get; set; } = Time.BusinessTimeZone.DefaultId;
    /// <summary>Identifies this node's job locks; a restarted node releases its own stale locks. Default: machine name.</summary>
    public string NodeId { get; set; } = Environment.MachineName;
    /// <summary>0..1023, different per node of a cluster (key generation). Default: derived from NodeId.</summary>
    public int? NodeNumber { get; set; }
    /// <summary>How often this node writes its heartbeat to the nodes table (engine clock).</summary>
    public TimeSpan NodeHeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>A node whose last heartbeat is older than this is dead: the live nodes release its job locks and timer
    /// claims, and its node number may be taken by a new node.</summary>
    public TimeSpan NodeTakeoverInterval { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Whether this node registers in the nodes table, heartbeats and takes over dead nodes' work.</summary>
    public bool RunNodeHeartbeat { get; set; } = true;
    /// <summary>How long a locked job may run before another node may take it over (when its node heartbeats on, or
    /// never registered; a dead node's jobs are taken over after <see cref="NodeTakeoverInterval"/>).</summary>
    public TimeSpan JobLockTimeout { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>First retry delay of a failed job; doubles per attempt (capped at <see cref="JobRetryBackoffMax"/>).</summary>
    public TimeSpan JobRetryBackoff { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan JobRetryBackoffMax { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>How often the job worker looks for due jobs when nothing woke it.</summary>
    public TimeSpan JobPollInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Jobs one node runs at once. A slot is not a thread: a job mostly waits (on its commit, on an agency), so the
    /// slots exceed the cores; with fewer slots than callers creating jobs, jobs queue for a slot and those left unlocked
    /// cost a lock query each (issue 13: 8 slots under 16 callers).</summary>
    public int JobWorkerConcurrency { get; set; } = 32;
    /// <summary>How many follow-up jobs of the same instance the background worker runs inside a job's completion step, so
    /// that they commit together (0 = one commit per job). See <see cref="Jobs.JobChain"/> for the trade-off.</summary>
    public int JobChainLimit { get; set; } = 8;
    /// <summary>No further follow-up is started in a completion step once its chain has run this long: the results so far
    /// are committed first (a slow follow-up still delays the commit by its own duration).</summary>
    public TimeSpan JobChainBudget { get; set; } = TimeSpan.FromMilliseconds(200);
    /// <summary>Whether a process start runs the jobs its own step creates before its commit, while
    /// this node's worker has a free slot, so that a job-mode instance costs one commit (see <see cref="Jobs.JobChain"/>).</summary>
    public bool RunJobsInCommandStep { get; set; } = true;
    /// <summary>The longest a command's caller waits for the jobs its step runs: a job still running then is committed locked
    /// by this node and its activity finishes in the worker; its type is left to the worker for a minute.</summary>
    public TimeSpan CommandJobBudget { get; set; } = TimeSpan.FromMilliseconds(50);
    /// <summary>Whether this node runs the background job worker.</summary>
    public bool RunJobWorker { get; set; } = true;
    /// <summary>Whether this node runs the background due-timer sweep.</summary>
    public bool RunTimerSweep { get; set; } = true;
    /// <summary>The longest the timer sweep sleeps when no known timer falls due sooner (timers opened by other nodes).</summary>
    public TimeSpan TimerPollInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>How long a node's claim on a due timer lasts before another node may fire it (engine clock).</summary>
    public TimeSpan TimerClaimTimeout { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>Due timers claimed per round trip, and how many of them fire at once. The sweep claims again once half of
    /// the batch has fired (or all of it), so a backlog is claimed in large batches, not one query per fired timer; a
    /// timer's step mostly waits for its group commit, so many fire at once.</summary>
    public int TimerSweepBatchSize { get; set; } = 256;
    public int TimerSweepConcurrency { get; set; } = 128;
    /// <summary>The steps of this many claimed timers are written in one commit (each still runs and fails on its own), so a
    /// backlog costs a transaction per chunk, not per timer. 1 writes each timer's step alone.</summary>
    public int TimerFireChunkSize { get; set; } = 64;
    /// <summary>How long a chunk's commit waits for a slow step once another has finished (real time): the steps that are
    /// ready are written then, the slow one on its own when it finishes.</summary>
    public TimeSpan TimerFireChunkWait { get; set; } = TimeSpan.FromMilliseconds(250);
    /// <summary>How often a command is retried after an optimistic-concurrency conflict.</summary>
    public int ConflictRetries { get; set; } = 20;
    /// <summary>How many active instances' latest state this node keeps in memory, saving a read per command on them.
    /// 0 turns the cache off.</summary>
    public int InstanceCacheSize { get; set; } = 10_000;
    /// <summary>Share of a task's period (creation to due date) after which it is in the yellow <c>warning</c> state.</summary>
    public double DeadlineWarningShare { get; set; } = 0.8;

    /// <summary>How often the due-soon sweep looks for open tasks whose deadline warning has started (0 = never).</summary>
    public TimeSpan DueSoonSweepInterval { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>A step that keeps activating elements past this count is stopped with an incident (an endless loop in a model).</summary>
    public int MaxWorkItemsPerStep { get; set; } = 100_000;
    /// <summary>The organisation outbound agency messages name as sender when the model gives none (统一社会信用代码, name, region);
    /// none by default: a domain module may supply it (the enforcement module does), the configuration wins.</summary>
    public string MessageSenderCreditCode { get; set; } = "";
    public string MessageSenderName { get; set; } = "";
    public string? MessageSenderRegionCode { get; set; }
    /// <summary>How long a published message id is remembered after the message expired (publishing it again is a no-op).</summary>
    public TimeSpan MessageIdRetention { get; set; } = TimeSpan.FromHours(24);
    /// <summary>How often the message sweep correlates buffered messages that a race or a crash left waiting, and deletes
    /// expired ones.</summary>
    public TimeSpan MessageSweepInterval { get; set; } = TimeSpan.FromSeconds(5);
    public bool RunMessageSweep { get; set; } = true;
    public OutboxOptions Outbox { get; set; } = new();
    /// <summary>Budgets of every FEEL evaluation (section <c>Bpm:Engine:Evaluation</c>).</summary>
    public Expressions.EvaluationLimits Evaluation { get; set; } = new();
    /// <summary>Size limits of what a case may hold (section <c>Bpm:Engine:Limits</c>).</summary>
    public Bpm.Engine.Limits.SizeLimits Limits { get; set; } = new();
    /// <summary>The receiver an outbound message names when the model gives none, by the first segment of the message name
    /// (e.g. <c>disclosure</c>). Section <c>Bpm:Engine:MessageReceivers</c>; none by default (a domain module may add defaults,
    /// as the enforcement module adds its agencies; a family configured here wins over a module's default).</summary>
    public Dictionary<string, OrganisationOptions> MessageReceivers { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
