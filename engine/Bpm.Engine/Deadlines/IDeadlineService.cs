using System.Text.Json.Nodes;

namespace Bpm.Engine.Deadlines;

/// <summary>Pause, resume and extend a named deadline of an instance (see <see cref="DeadlineCalculator"/> for the date
/// rules). Each is one command on the case: an ended case refuses it (409 <c>case-archived</c>), the deadline's history gets
/// who, when and why, the instance history a DEADLINE_PAUSED / _RESUMED / _EXTENDED entry, and its timers and task due dates
/// follow. Returns the updated deadline. The caller's access to the case is checked before (the server's route).</summary>
public interface IDeadlineService
{
    /// <summary>Stops the named deadline's clock (a hearing, test, appraisal, public notice): its timers are closed until it
    /// resumes. <paramref name="reason"/> is required.</summary>
    Task<JsonObject> PauseAsync(long processInstanceKey, string name, string by, string reason, CancellationToken ct);
    /// <summary>Restarts a paused deadline; the due date moves by the time paused and its timers reopen at it.</summary>
    Task<JsonObject> ResumeAsync(long processInstanceKey, string name, string by, string? reason, CancellationToken ct);
    /// <summary>Extends the deadline by <paramref name="days"/> more days of its unit; its timers move with it.</summary>
    Task<JsonObject> ExtendAsync(long processInstanceKey, string name, int days, string by, string reason, CancellationToken ct);
}
