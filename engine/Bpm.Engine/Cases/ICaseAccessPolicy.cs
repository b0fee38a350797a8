using Bpm.Engine.Model;

namespace Bpm.Engine.Cases;

/// <summary>Extension point: which organisation units' cases a caller reaches and where they may open cases, and the words
/// a refusal uses. The kernel applies it (<see cref="ICaseAccessService"/>): an admin reaches every case, a participant in a
/// case's tasks reads it, anyone else reaches the cases of the units the policy gives. The kernel's default
/// (<see cref="OwnUnitCaseAccessPolicy"/>) gives the caller's own unit; a domain module replaces it.</summary>
public interface ICaseAccessPolicy
{
    /// <summary>The units whose cases a caller with a unit (never an admin) may act on, and those they may read (a superset).</summary>
    Task<CaseUnits> UnitsAsync(CaseCaller caller, CancellationToken ct);

    /// <summary>The units in which a caller with a unit (never an admin) may open cases.</summary>
    Task<IReadOnlySet<string>> StartUnitsAsync(CaseCaller caller, CancellationToken ct);

    /// <summary>Whether the caller (who holds a case role) may start a process whose model declares no candidate starters.</summary>
    bool MayStartUndeclared(CaseCaller caller);

    /// <summary>How a refusal names a role the model's candidate starters list.</summary>
    string RoleName(string role) => role;

    /// <summary>403 <c>case-visibility</c>: who may see a case, in Chinese; the refusal reads "张伟无权进行此操作：{rule}。".</summary>
    string InvisibleRule { get; }

    /// <summary>403 <c>case-read-only</c>: who may run a case's case-level commands, in Chinese.</summary>
    string ReadOnlyRule { get; }

    /// <summary>403 <c>case-start-organisation</c>: why the caller may not open a case in <paramref name="unitLabel"/> (the
    /// unit's name in 「」, or its id).</summary>
    string StartUnitRule(string unitLabel);

    /// <summary>Who may start a process whose model declares no candidate starters, in Chinese.</summary>
    string UndeclaredStartersRule { get; }
}
