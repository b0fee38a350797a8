namespace Bpm.Engine.Queries;

/// <summary>Completed instances of any of <see cref="BpmnProcessIds"/> that ended in [<see cref="EndedFrom"/>,
/// <see cref="EndedBefore"/>).</summary>
public sealed record ClosedCaseFilter(IReadOnlyCollection<string> BpmnProcessIds, DateTimeOffset EndedFrom, DateTimeOffset EndedBefore);
