namespace Bpm.Engine.Parsing;

/// <summary>Where an event stands; decides which event definitions it may carry.</summary>
internal enum EventRole { ProcessStart, SubProcessStart, EventSubProcessStart, End, Catch, Throw, Boundary }
