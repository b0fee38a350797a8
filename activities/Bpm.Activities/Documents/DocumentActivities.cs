namespace Bpm.Activities.Documents;

/// <summary>Shared names of the document activities.</summary>
public static class DocumentActivities
{
    public const string Category = "文书";
    public const string GenerateType = "bpm:generate-document";

    /// <summary>The process variable that collects generated documents by type: <c>documents.&lt;type&gt;</c>.</summary>
    public const string VariableName = "documents";
}
