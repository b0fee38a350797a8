namespace Bpm.Engine.Parsing;

internal enum ScopeKind { Process, SubProcess, EventSubProcess, AdHocSubProcess }
