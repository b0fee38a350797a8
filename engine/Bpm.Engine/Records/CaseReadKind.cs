namespace Bpm.Engine.Records;

/// <summary>What the key of a case read names: the case itself, one of its user tasks, or one of its documents.</summary>
public enum CaseReadKind
{
    Instance,
    Task,
    Document,
}
