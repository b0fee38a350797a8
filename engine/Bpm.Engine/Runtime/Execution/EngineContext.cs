using Bpm.Engine.Activities;
using Bpm.Engine.Deployment;
using Bpm.Engine.Expressions;
using Bpm.Engine.Hosting;
using Bpm.Engine.Persistence;
using Microsoft.Extensions.Logging;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>The services a step needs, bundled once per engine.</summary>
internal sealed class EngineContext(IEngineStore store, ProcessModelCache models, FeelEngine feel, IActivityRegistry activities,
    IActivityInvoker invoker, KeyGenerator keys, TimeProvider clock, EngineOptions options, ILogger<EngineContext> logger,
    Messaging.Store.MessageStore messages, Forms.FormCache forms)
{
    public IEngineStore Store { get; } = store;
    public ProcessModelCache Models { get; } = models;
    public FeelEngine Feel { get; } = feel;
    public IActivityRegistry Activities { get; } = activities;
    public IActivityInvoker Invoker { get; } = invoker;
    public KeyGenerator Keys { get; } = keys;
    /// <summary>The source of instants. Never ask it for a zone: days and times without an offset are <see cref="BusinessClock"/>'s.</summary>
    public TimeProvider Clock { get; } = clock;
    /// <summary>The business zone (Bpm:Engine:TimeZone) in which the engine counts days.</summary>
    public Time.BusinessClock BusinessClock { get; init; } = Time.BusinessClock.Beijing(clock);
    public EngineOptions Options { get; } = options;
    public ILogger Logger { get; } = logger;
    public Messaging.Store.MessageStore Messages { get; } = messages;
    public Forms.FormCache Forms { get; } = forms;
    public InstanceCache Instances { get; } = new(options.InstanceCacheSize);
    /// <summary>Deployed decisions for business rule tasks (null: none can be evaluated).</summary>
    public Decisions.Storage.DecisionCache? Decisions { get; init; }
    /// <summary>Who works where: task organisations' ancestors and the heads escalations notify.</summary>
    public People.IPeopleDirectory People { get; init; } = new People.NoPeopleDirectory();

    /// <summary>The case numbers a module issued, to name a case in a refusal.</summary>
    public Queries.ICaseLabelNumbers CaseNumbers { get; init; } = new Queries.NoCaseLabelNumbers();
    /// <summary>Checks an assignee the model names at creation against the task's assignment rules (null: not checked).</summary>
    public UserTasks.AssignmentRuleChecker? AssignmentRules { get; init; }
    /// <summary>The modules that act on kernel events inside the step (the engine's own and the host's), in pipeline order.</summary>
    public IReadOnlyList<Events.IKernelModule> Modules { get; init; } = [];
    /// <summary>Modules that may hold a timer event closed while a condition of theirs lasts.</summary>
    public IReadOnlyList<Events.ITimerHold> TimerHolds { get; init; } = [];
    /// <summary>Read models every step keeps current for the instances it changed, in its own transaction.</summary>
    public IReadOnlyList<Projections.IInstanceProjection> Projections { get; init; } = [];
    /// <summary>Jobs a step creates, locked in its transaction for this node's worker and handed to it after the commit.</summary>
    public Jobs.JobHandoff Handoff { get; } = new();
    /// <summary>The message contracts a send task may name instead of an activity (none unless the messaging registers them).</summary>
    public Messaging.IMessageContracts MessageContracts { get; init; } = new Messaging.NoMessageContracts();
    /// <summary>Raised after a commit that created runnable jobs not handed to the local worker, so it looks for them at once.</summary>
    public event Action? JobsCreated;
    public void NotifyJobsCreated() => JobsCreated?.Invoke();
    /// <summary>Raised after a commit that opened timers, with the earliest due time, so the local sweep can wake sooner.</summary>
    public event Action<DateTimeOffset>? TimerScheduled;
    public void NotifyTimerScheduled(DateTimeOffset dueAt) => TimerScheduled?.Invoke(dueAt);
    /// <summary>Raised after a commit that wrote outbox messages, so the dispatcher sends them at once.</summary>
    public event Action? OutboxWritten;
    public void NotifyOutboxWritten() => OutboxWritten?.Invoke();
    /// <summary>Raised after a commit that stored notifications, so the delivery channels send them.</summary>
    public event Action<IReadOnlyList<Persistence.Entities.NotificationEntity>>? NotificationsWritten;
    public void NotifyNotificationsWritten(IReadOnlyList<Persistence.Entities.NotificationEntity> notifications) => NotificationsWritten?.Invoke(notifications);
}
