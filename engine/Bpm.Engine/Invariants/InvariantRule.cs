namespace Bpm.Engine.Invariants;

/// <summary>A rule a case must keep when a user task completes: <see cref="Condition"/> is a FEEL expression (starting with
/// '=') over the task's variables with the completion's variables laid over them; only <c>true</c> lets the completion
/// through. A false, null or failing condition refuses it with a 409 naming <see cref="Id"/>, <see cref="Law"/> and
/// <see cref="Message"/>, and nothing changes. A task lists the rules it must keep in its header <c>invariants</c>.
/// The engine gives the rule no meaning beyond that: the texts belong to the domain module that registers it.</summary>
public sealed record InvariantRule(string Id, string Condition, string Message, string Law);
