using System.Text.Json.Nodes;
using Bpm.Engine.Deployment;
using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.Behaviors;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>The step offers its capabilities to element processors through narrow behaviour interfaces (see
/// <see cref="BpmnBehaviors"/>); the members below are the few that exist only for them.</summary>
internal sealed partial class StepExecution : IFlowBehavior, IVariableBehavior, IEventTriggerBehavior, IJobBehavior, ISubscriptionBehavior,
    IProcessInstanceBehavior, IUserTaskBehavior, IJoinBehavior
{
    private BpmnBehaviors? _behaviors;

    public BpmnBehaviors Behaviors => _behaviors ??= new(this, this, this, this, this, this, this, this, this);

    public Dictionary<string, JsonNode?> Visible(InstanceExecution instance, long scopeKey) => CollectVisible(instance, scopeKey);

    public TimeZoneInfo BusinessTimeZone => Context.BusinessClock.Zone;

    public Task<CachedDefinition?> FindLatestDefinitionAsync(string bpmnProcessId) => Context.Models.FindAsync(bpmnProcessId, null, Cancellation);

    public long NextKey() => Context.Keys.Next();

    public async Task InsertUserTaskAsync(InstanceExecution instance, ElementInstance element, TaskNode node, UserTaskEntity task)
    {
        Changes.InsertedUserTasks.Add(task);
        element.UserTaskKey = task.Key;
        await IndexUserTaskAsync(instance, element, node, task);
        await PublishAsync(new Events.UserTaskCreated(instance, element, node, task));
    }
}
