namespace Bpm.Engine.Queries;

/// <summary>How the instances of a process definition stand at one element. Each count is of instances: <c>Active</c>
/// waiting there now (a live token, an open task, a gateway join) without an open incident there, <c>Incidents</c> with an
/// open incident there, <c>Completed</c> that completed the element at least once (running or ended instances).</summary>
public sealed record ElementStatistics(string ElementId, long Active, long Incidents, long Completed);
