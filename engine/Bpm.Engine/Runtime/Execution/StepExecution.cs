using System.Text.Json;
using System.Text.Json.Nodes;
using Bpm.Engine.Deployment;
using Bpm.Engine.Expressions;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime.Behaviors;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>One durable step: instances are loaded, work runs breadth first until every token waits, and everything the step
/// did is committed in one transaction. Nothing leaves the step before the commit.</summary>
internal sealed partial class StepExecution
{
    private readonly Dictionary<long, InstanceExecution> _instances = [];
    private ElementInstance? _current;
    private InstanceExecution? _currentInstance;
    private bool _jobsCreated;

    public StepExecution(EngineContext context, CancellationToken cancellationToken)
    {
        State = new StepState(context, cancellationToken, PublishAsync);
        Variables = new VariableBehavior(State);
        UserTaskRows = new UserTaskBehavior(State);
        Subscriptions = new SubscriptionBehavior(State, Variables);
        var flow = new FlowBehavior(this);
        MultiInstance = new MultiInstanceBehavior(State, Variables, Subscriptions, flow);
        Behaviors = new BpmnBehaviors(flow, Variables, new EventTriggerBehavior(this), new JobBehavior(this),
            Subscriptions, new ProcessInstanceBehavior(State, this), UserTaskRows,
            new DecisionBehavior(State, Variables), new JoinBehavior(State));
    }

    /// <summary>What the behaviours share: services, instant, actor, change set, agenda, event pipeline.</summary>
    public StepState State { get; }
    public BpmnBehaviors Behaviors { get; }
    public EngineContext Context => State.Context;
    public CancellationToken Cancellation => State.Cancellation;
    public StepChangeSet Changes => State.Changes;
    public DateTimeOffset Now => State.Now;
    /// <summary>The person whose command this step runs (null for the engine's own work): variable changes record them.</summary>
    public string? Actor { get => State.Actor; set => State.Actor = value; }
    /// <summary>Read every instance from the database, not the cache (the second attempt of a command the cache misled).</summary>
    public bool BypassCache { get; init; }
    /// <summary>Whether an instance of this step came from the cache, which may be older than the database.</summary>
    public bool ServedFromCache { get; private set; }

    /// <summary>A command on a case (<see cref="ProcessEngine.RunCommandAsync{T}"/>): every instance it loads must still be
    /// active, else the step refuses before the command has looked at or changed anything (an ended case is read-only).</summary>
    public bool RefusesEndedInstances { get; init; }

    /// <summary>The command's check that its caller may see what it acts on (throws 403/404 as for an open case). It runs
    /// before an ended instance is refused, so a caller who may not see a case learns nothing of whether it has ended.</summary>
    public Func<Task>? RequireCallerMaySee { get; init; }

    /// <summary>Writes the step's changes in place of the store's commit (null: the store's).</summary>
    public Func<StepChangeSet, CancellationToken, Task>? CommitVia { get; set; }

    public async Task<InstanceExecution> LoadAsync(long instanceKey)
    {
        if (_instances.TryGetValue(instanceKey, out var loaded)) return loaded;
        var cached = BypassCache ? null : Context.Instances.Get(instanceKey);
        ServedFromCache |= cached is not null;
        var entity = cached
            ?? await Context.Store.FindInstanceAsync(instanceKey, Cancellation)
            ?? throw EngineNotFoundException.Missing("process instance", instanceKey);
        var definition = await Context.Models.GetAsync(entity.ProcessDefinitionKey, Cancellation);
        var state = InstanceStateSerializer.Deserialize(entity.StateData);
        var execution = new InstanceExecution(entity, state, definition.Model, isNew: false);
        if (RefusesEndedInstances && !execution.IsActive)
        {
            if (RequireCallerMaySee is not null) await RequireCallerMaySee();
            await Records.ArchivedCase.RequireWritableAsync(execution, Context.CaseNumbers, Cancellation);
        }
        _instances.Add(instanceKey, execution);
        return execution;
    }

    public InstanceExecution CreateInstance(CachedDefinition definition, string? businessKey, JsonObject? variables,
        long? parentInstanceKey = null, long? parentElementInstanceKey = null, string? startedBy = null)
    {
        var entity = new ProcessInstanceEntity
        {
            Key = Context.Keys.Next(),
            ProcessDefinitionKey = definition.Key,
            BpmnProcessId = definition.BpmnProcessId,
            Version = definition.Version,
            BusinessKey = businessKey,
            State = ProcessInstanceState.Active,
            StartedAt = Now,
            ParentInstanceKey = parentInstanceKey,
            ParentElementInstanceKey = parentElementInstanceKey,
            StartedBy = startedBy,
        };
        var execution = new InstanceExecution(entity, new InstanceState(), definition.Model, isNew: true);
        _instances.Add(entity.Key, execution);
        Record(execution, HistoryEvents.Activated, definition.BpmnProcessId, "process", entity.Key, by: startedBy);
        if (variables is not null)
            foreach (var (name, value) in variables.ToArray())
                SetLocal(execution, entity.Key, name, value);
        return execution;
    }

    public void Enqueue(WorkItem work) => State.Enqueue(work);

    public long NextKey() => Context.Keys.Next();

    /// <summary>Runs the agenda until every token waits or ends.</summary>
    public async Task RunAsync()
    {
        var executed = 0;
        while (true)
        {
            while (State.Agenda.TryDequeue(out var work))
            {
                if (!work.Instance.IsActive) continue;
                if (++executed > Context.Options.MaxWorkItemsPerStep)
                    throw new InvalidOperationException($"一步内激活元素超过 {Context.Options.MaxWorkItemsPerStep} 次：模型中有不经等待状态的循环");
                await ExecuteSafelyAsync(work);
            }
            if (State.ScopesToCheck.Count == 0) break;
            var scopes = State.ScopesToCheck.ToArray();
            State.ScopesToCheck.Clear();
            foreach (var (instance, scopeKey) in scopes)
                if (instance.IsActive) await CheckScopeAsync(instance, scopeKey);
            if (State.Agenda.Count == 0 && State.ScopesToCheck.Count == 0) break;
        }
    }

    private async Task ExecuteSafelyAsync(WorkItem work)
    {
        _current = null;
        _currentInstance = null;
        try
        {
            await ExecuteAsync(work);
        }
        catch (IncidentException ex)
        {
            RaiseIncident(work, ex.ErrorType, ex.Message);
        }
        catch (FeelEvaluationException ex)
        {
            RaiseIncident(work, IncidentTypes.ExtractValue, ex.Message);
        }
        catch (FeelLimitExceededException ex)
        {
            var incident = LimitIncidents.Evaluation(ex, null);
            RaiseIncident(work, incident.ErrorType, incident.Message);
        }
        catch (Limits.SizeLimitExceededException ex) when (ex.Limit == Limits.SizeLimitExceededException.VariablesLimit)
        {
            RaiseIncident(work, IncidentTypes.VariablesTooLarge, LimitIncidents.Variables(ex));
        }
    }

    private Task ExecuteAsync(WorkItem work) => work switch
    {
        ActivateWork activate => ActivateAsync(activate),
        ExecuteWork execute => execute.Instance.Find(execute.Element.Key) is null ? Task.CompletedTask : ActivateElementAsync(execute.Instance, execute.Element),
        CompleteWork complete => complete.Instance.Find(complete.Element.Key) is null ? Task.CompletedTask : CompleteAsync(complete.Instance, complete.Element),
        _ => throw new InvalidOperationException($"unknown work {work.GetType().Name}"),
    };

    public void Record(InstanceExecution instance, string @event, string? elementId, string? elementType, long? elementInstanceKey,
        string? name = null, JsonNode? value = null, long? scopeKey = null, string? by = null, string? reason = null) =>
        State.Record(instance, @event, elementId, elementType, elementInstanceKey, name, value, scopeKey, by, reason);

    /// <summary>The unit a new instance belongs to: its caller's (a called instance belongs to its root case), else its
    /// variable <c>organisationId</c>.</summary>
    private string? OrganisationOf(InstanceExecution instance)
    {
        if (instance.Entity.ParentInstanceKey is { } parent && _instances.TryGetValue(parent, out var caller)
            && caller.Entity.OrganisationId is { } inherited)
            return inherited;
        return instance.State.Variables["organisationId"] is JsonValue value && value.TryGetValue<string>(out var unit)
            && !string.IsNullOrWhiteSpace(unit) ? unit : null;
    }

    public void MarkJobsCreated() => _jobsCreated = true;

    /// <summary>Drops this step's instances from the cache (the step failed or was refused on a cached copy).</summary>
    public void EvictLoaded()
    {
        foreach (var key in _instances.Keys) Context.Instances.Remove(key);
    }

    /// <summary>Writes every loaded instance, its journal row and all other changes in one transaction.</summary>
    public async Task CommitAsync()
    {
        await BindFormsAsync();
        foreach (var instance in _instances.Values)
        {
            var entity = instance.Entity;
            if (instance.IsNew && entity.OrganisationId is null) entity.OrganisationId = OrganisationOf(instance);
            entity.StateData = InstanceStateSerializer.Serialize(instance.State);
            entity.ActiveElementIds = ActiveElementIds(instance);
            entity.HasIncident = instance.State.Elements.Exists(e => e.IncidentKey is not null);
            entity.Revision += 1;
            (instance.IsNew ? Changes.InsertedInstances : Changes.UpdatedInstances).Add(entity);
            Project(instance);
            if (instance.History.Count > 0)
                Changes.Journal.Add(new JournalEntity
                {
                    ProcessInstanceKey = entity.Key,
                    Sequence = entity.Revision,
                    RecordedAt = Now,
                    Entries = JsonSerializer.Serialize(instance.History, JournalSerializer.Options),
                });
        }
        if (Changes.IsEmpty) return;
        var now = Context.Clock.GetUtcNow();
        Context.Handoff.Prelock(Changes.InsertedJobs, Context.Options.NodeId, now, now + Context.Options.JobLockTimeout);
        try
        {
            await (CommitVia ?? Context.Store.CommitAsync)(Changes, Cancellation);
        }
        catch
        {
            EvictLoaded();
            throw;
        }
        foreach (var instance in _instances.Values)
        {
            if (instance.IsActive) Context.Instances.Put(instance.Entity);
            else Context.Instances.Remove(instance.Key);
        }
        var handed = Context.Handoff.Hand(Changes.InsertedJobs, Context.Options.NodeId);
        if (_jobsCreated && (handed < Changes.InsertedJobs.Count || Changes.UpdatedJobs.Count > 0)) Context.NotifyJobsCreated();
        if (Changes.Outbox.Count > 0) Context.NotifyOutboxWritten();
        if (Changes.InsertedNotifications.Count > 0) Context.NotifyNotificationsWritten(Changes.InsertedNotifications);
        if (EarliestNewTimer() is { } due) Context.NotifyTimerScheduled(due);
    }

    private static string ActiveElementIds(InstanceExecution instance)
    {
        var ids = new List<string>();
        foreach (var element in instance.State.Elements)
            if (!ids.Contains(element.ElementId)) ids.Add(element.ElementId);
        if (instance.State.Joins is { } joins)
            foreach (var gateways in joins.Values)
                foreach (var gatewayId in gateways.Keys)
                    if (!ids.Contains(gatewayId)) ids.Add(gatewayId);
        return string.Join(',', ids);
    }
}
