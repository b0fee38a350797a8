namespace Bpm.Engine.Queries;

/// <summary>Which instances the element statistics count: those of one definition version (by its key), or those of every
/// version of a process id.</summary>
public sealed record ElementStatisticsScope
{
    private ElementStatisticsScope(long? processDefinitionKey, string? bpmnProcessId)
    {
        ProcessDefinitionKey = processDefinitionKey;
        BpmnProcessId = bpmnProcessId;
    }

    public long? ProcessDefinitionKey { get; }

    public string? BpmnProcessId { get; }

    public static ElementStatisticsScope OfDefinition(long processDefinitionKey) => new(processDefinitionKey, null);

    public static ElementStatisticsScope OfProcess(string bpmnProcessId) =>
        new(null, string.IsNullOrEmpty(bpmnProcessId) ? throw new ArgumentException("A process id is required.", nameof(bpmnProcessId)) : bpmnProcessId);
}
