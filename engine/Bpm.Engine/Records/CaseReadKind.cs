namespace Bpm.Engine.Records;

/// <summary>What the key of a case read names: the case itself, one of its user tasks, one of its documents, or one of its escalations.</summary>
public enum CaseReadKind
{
    Instance,
    Task,
    Document,
    Escalation,
}
