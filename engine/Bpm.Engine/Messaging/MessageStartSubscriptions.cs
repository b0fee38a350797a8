using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime;

namespace Bpm.Engine.Messaging;

/// <summary>The bookmarks of a definition's message start events, opened when it is deployed (and replacing those of the
/// earlier version, like timer start events). They belong to the definition: instance keys are 0, correlation key null.</summary>
internal static class MessageStartSubscriptions
{
    public static IEnumerable<SubscriptionEntity> Build(long definitionKey, ProcessModel model, KeyGenerator keys, DateTimeOffset now)
    {
        foreach (var start in model.Nodes.OfType<StartEvent>())
        {
            if (start.Event is not { Kind: EventKind.Message, Name: { } name }) continue;
            yield return new SubscriptionEntity
            {
                Key = keys.Next(),
                ProcessDefinitionKey = definitionKey,
                ElementId = start.Id,
                Kind = "MESSAGE",
                Name = name,
                Interrupting = true,
                CreatedAt = now,
            };
        }
    }
}
