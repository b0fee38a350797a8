namespace Bpm.Engine.Cases;

/// <summary>What a caller may do with one case (docs/security.md).</summary>
public enum CaseAccessLevel
{
    /// <summary>Not even see it.</summary>
    None,
    /// <summary>See it (its data, history, documents, incidents), change nothing at case level: callers the
    /// <see cref="ICaseAccessPolicy"/> lets read its unit's cases, and people who take part in it from outside its unit.</summary>
    Read,
    /// <summary>See it and run the case-level commands (cancel, deadlines, incident resolution): callers the
    /// <see cref="ICaseAccessPolicy"/> lets act on its unit's cases, admin.</summary>
    Act,
}
