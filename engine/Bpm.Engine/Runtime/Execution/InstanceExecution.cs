using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Queries;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>One process instance loaded into a step: its row, its state document, its model and what the step recorded.</summary>
internal sealed class InstanceExecution(ProcessInstanceEntity entity, InstanceState state, ProcessModel model, bool isNew)
{
    public ProcessInstanceEntity Entity { get; } = entity;
    public InstanceState State { get; } = state;
    public ProcessModel Model { get; } = model;
    public bool IsNew { get; } = isNew;
    public List<HistoryEntry> History { get; } = [];
    public long Key => Entity.Key;
    /// <summary>UTF-8 bytes of all the instance's variables, measured at the first change of this step and kept up to date
    /// by each change after it (an upper bound: scopes that end are not subtracted).</summary>
    public long? VariablesBytes { get; set; }
    public bool IsActive => Entity.State == ProcessInstanceState.Active;

    public ElementInstance? Find(long key)
    {
        foreach (var e in State.Elements) if (e.Key == key) return e;
        return null;
    }

    public ElementInstance Get(long key) => Find(key) ?? throw new InvalidOperationException($"element instance {key} is not active");

    public List<ElementInstance> ChildrenOf(long scopeKey)
    {
        var children = new List<ElementInstance>();
        foreach (var e in State.Elements) if (e.ScopeKey == scopeKey) children.Add(e);
        return children;
    }

    public bool HasChildren(long scopeKey)
    {
        foreach (var e in State.Elements) if (e.ScopeKey == scopeKey) return true;
        return false;
    }

    public FlowNode NodeOf(ElementInstance e) => Model.Node(e.ElementId);
}
