namespace Bpm.Engine.Queries;

/// <summary>Page is 1-based; PageSize is clamped to 1..500. <see cref="Process"/> is part of the process id or of the
/// deployed version's name (行政处罚 finds 行政处罚一般程序), ignoring the case of Latin letters.</summary>
public sealed record ProcessInstanceFilter(string? State, string? BpmnProcessId, string? BusinessKey, int Page = 1, int PageSize = 50,
    string? Process = null);
