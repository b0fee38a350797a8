using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Bpm.Engine.Runtime.State;

/// <summary>A live element instance inside a process instance's state document. The process instance itself is the root
/// scope (its key is the process instance key) and is not stored in this list.</summary>
public sealed class ElementInstance
{
    [JsonPropertyName("k")] public long Key { get; set; }
    [JsonPropertyName("e")] public string ElementId { get; set; } = "";
    /// <summary>The element instance of the flow scope (sub-process, multi-instance body) or the process instance key.</summary>
    [JsonPropertyName("s")] public long ScopeKey { get; set; }
    [JsonPropertyName("st")] public ElementState State { get; set; }
    [JsonPropertyName("v")] public JsonObject? Variables { get; set; }
    /// <summary>True for the body of a multi-instance activity (its inner instances have this as their scope).</summary>
    [JsonPropertyName("mb")] public bool IsMultiInstanceBody { get; set; }
    [JsonPropertyName("mi")] public MultiInstanceState? MultiInstance { get; set; }
    [JsonPropertyName("lc")] public int? LoopCounter { get; set; }
    [JsonPropertyName("job")] public long? JobKey { get; set; }
    [JsonPropertyName("ut")] public long? UserTaskKey { get; set; }
    [JsonPropertyName("sub")] public List<long>? SubscriptionKeys { get; set; }
    /// <summary>Bookmarks of the event sub-processes of this scope (message/timer starts), apart from its own boundary events.</summary>
    [JsonPropertyName("esub")] public List<long>? EventSubProcessSubscriptionKeys { get; set; }
    [JsonPropertyName("ch")] public long? ChildInstanceKey { get; set; }
    /// <summary>How many attempts of this element's job have failed (for the doubling retry back-off).</summary>
    [JsonPropertyName("jf")] public int? JobFailures { get; set; }
    [JsonPropertyName("inc")] public long? IncidentKey { get; set; }
    [JsonPropertyName("pa")] public PendingAction? Pending { get; set; }
    /// <summary>Variables of the event that completes a catch element (message payload, error variables), applied on completion.</summary>
    [JsonPropertyName("tv")] public JsonObject? TriggerVariables { get; set; }
    /// <summary>An activity that is an interrupting event sub-process's trigger is marked so the scope knows it was interrupted.</summary>
    [JsonPropertyName("int")] public bool Interrupted { get; set; }
    /// <summary>Ids of this element's timer events (boundary, catch, event-gateway target) that a module holds closed
    /// (<see cref="Events.ITimerHold"/>, e.g. a paused deadline they depend on); they reopen when it releases them.</summary>
    [JsonPropertyName("pt")] public List<string>? PausedTimers { get; set; }
    /// <summary>The escalation this token carries from the event that caught it to the head's decision task.</summary>
    [JsonPropertyName("esc")] public long? EscalationKey { get; set; }
}
