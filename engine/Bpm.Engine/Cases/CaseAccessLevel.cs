namespace Bpm.Engine.Cases;

/// <summary>What a caller may do with one case (docs/security.md).</summary>
public enum CaseAccessLevel
{
    /// <summary>Not even see it.</summary>
    None,
    /// <summary>See it (its data, history, documents, incidents), change nothing at case level: reviewers of its unit,
    /// supervisors of its area and people who take part in it from outside its unit.</summary>
    Read,
    /// <summary>See it and run the case-level commands (cancel, deadlines, incident resolution): officers of its unit, heads of
    /// its unit or above, admin.</summary>
    Act,
}
