using System.Text.Json.Nodes;
using Bpm.Engine.Expressions;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>Incidents: work that fails stops its element where it is until an operator resolves it.</summary>
internal sealed partial class StepExecution
{
    /// <summary>Runs command code that acts on one element outside the agenda, with the same incident handling.</summary>
    public async Task RunGuardedAsync(InstanceExecution instance, ElementInstance element, Func<Task> action)
    {
        Focus(instance, element);
        try
        {
            await action();
        }
        catch (IncidentException ex)
        {
            RaiseIncident(instance, ex.ErrorType, ex.Message, PendingAction.Activate);
        }
        catch (FeelLimitExceededException ex)
        {
            var incident = LimitIncidents.Evaluation(ex, null);
            RaiseIncident(instance, incident.ErrorType, incident.Message, PendingAction.Activate);
        }
        catch (Limits.SizeLimitExceededException ex) when (ex.Limit == Limits.SizeLimitExceededException.VariablesLimit)
        {
            RaiseIncident(instance, IncidentTypes.VariablesTooLarge, LimitIncidents.Variables(ex), PendingAction.Activate);
        }
    }

    private void RaiseIncident(WorkItem work, string errorType, string message) =>
        RaiseIncident(work.Instance, errorType, message, work is CompleteWork ? PendingAction.Complete : PendingAction.Activate);

    private void RaiseIncident(InstanceExecution instance, string errorType, string message, PendingAction pending)
    {
        var element = _current ?? throw new InvalidOperationException($"{errorType}: {message}");
        OpenIncident(_currentInstance ?? instance, element, errorType, message, jobKey: null);
        element.Pending = pending;
    }

    /// <summary>Opens an incident on an element instance: the element stops where it is until an operator resolves it.</summary>
    public void OpenIncident(InstanceExecution instance, ElementInstance element, string errorType, string message, long? jobKey)
    {
        var incident = new IncidentEntity
        {
            Key = Context.Keys.Next(),
            ProcessInstanceKey = instance.Key,
            ElementInstanceKey = element.Key,
            ElementId = element.ElementId,
            ErrorType = errorType,
            ErrorMessage = IncidentMessage.For(instance.NodeOf(element), message),
            State = IncidentState.Active,
            JobKey = jobKey,
            CreatedAt = Now,
        };
        Changes.InsertedIncidents.Add(incident);
        element.IncidentKey = incident.Key;
        Record(instance, HistoryEvents.IncidentCreated, element.ElementId, instance.NodeOf(element).ElementType, element.Key,
            name: errorType, value: JsonValue.Create(incident.ErrorMessage));
    }

    /// <summary>The element an incident is raised on if the current work fails.</summary>
    private void Focus(InstanceExecution instance, ElementInstance element)
    {
        _current = element;
        _currentInstance = instance;
    }
}
