namespace Bpm.Activities.Messages;

/// <summary>One field of a reply that a message event writes into the case (a <c>zeebe:output</c>): the reply's field
/// (<paramref name="Source"/>, a FEEL expression), the variable it goes to by default, and its Chinese label.</summary>
public readonly record struct ReplyField(string Source, string Target, string Label);
