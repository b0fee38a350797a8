using Bpm.Engine.Expressions;
using Bpm.Engine.Model;
using Bpm.Engine.Parsing;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime;

namespace Bpm.Engine.Timers;

/// <summary>The bookmarks of a definition's timer start events, opened when the definition is deployed. They belong to the
/// definition (process_definition_key), not to an instance: process_instance_key and element_instance_key are 0.</summary>
internal static class TimerStartSubscriptions
{
    public static List<SubscriptionEntity> Build(long definitionKey, ProcessModel model, KeyGenerator keys, DateTimeOffset now,
        TimeZoneInfo zone, string resourceName, List<ValidationError> errors)
    {
        var subscriptions = new List<SubscriptionEntity>();
        foreach (var start in model.Nodes.OfType<StartEvent>())
        {
            if (start.Event is not { Kind: EventKind.Timer, Timer: { } timer }) continue;
            TimerPlan plan;
            try
            {
                // No instance exists yet: a FEEL timer of a start event sees no variables (now() and literals only).
                plan = TimerPlan.From(timer.Kind, timer.Expression.Evaluate(NoVariables.Instance), now, zone);
            }
            catch (Exception ex) when (ex is FormatException or FeelEvaluationException)
            {
                errors.Add(new ValidationError(start.Id, $"定时开始事件{ElementLabel.Name(start)}：{ex.Message}", start.Line, start.ElementType, resourceName));
                continue;
            }
            if (plan.DueAt is null) continue;
            subscriptions.Add(new SubscriptionEntity
            {
                Key = keys.Next(),
                ProcessDefinitionKey = definitionKey,
                ElementId = start.Id,
                Kind = "TIMER",
                TimerText = timer.Text,
                TimerCycle = plan.Cycle,
                RepetitionsLeft = plan.Repetitions,
                DueAt = plan.DueAt,
                Interrupting = true,
                CreatedAt = now,
            });
        }
        return subscriptions;
    }

    private sealed class NoVariables : IFeelContext
    {
        public static readonly NoVariables Instance = new();

        public bool TryGetVariable(string name, out object? value)
        {
            value = null;
            return false;
        }
    }
}
