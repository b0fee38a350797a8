namespace Bpm.Engine.Forms;

/// <summary>Deployed forms for the designer and the form of a user task for the inbox.</summary>
public interface IFormQueries
{
    /// <summary>The latest version of every form id, ordered by id.</summary>
    Task<IReadOnlyList<FormInfo>> ListLatestAsync(CancellationToken ct);
    /// <summary>The latest version of a form id, or a given version; null when there is none.</summary>
    Task<FormInfo?> GetAsync(string formId, int? version, CancellationToken ct);
    /// <summary>The task's form and the current values of its fields. Throws <see cref="Runtime.EngineNotFoundException"/>
    /// when the task does not exist or has no form.</summary>
    Task<TaskFormInfo> GetTaskFormAsync(long userTaskKey, CancellationToken ct);
}
