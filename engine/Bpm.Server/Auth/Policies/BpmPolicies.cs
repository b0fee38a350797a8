namespace Bpm.Server.Auth.Policies;

/// <summary>The names of the server's authorization policies. Every route names one of these; none borrows another
/// endpoint file's role strings. docs/security.md has the matrix of roles × routes.</summary>
public static class BpmPolicies
{
    /// <summary>A signed-in person (any role). Integration clients do not pass it.</summary>
    public const string Person = "bpm:person";

    /// <summary>The administrator role.</summary>
    public const string Admin = "bpm:admin";

    /// <summary>Deploy and validate process, form and decision models: designer or admin.</summary>
    public const string Designer = "bpm:designer";

    /// <summary>A person who may work with case data at all (officer, reviewer, head, supervisor, admin); which cases
    /// they may touch is decided per case by the case-access service.</summary>
    public const string CaseRole = "bpm:case-role";

    /// <summary>Per-element instance counts of a process (流程统计): counts only, no case data, over every instance of the
    /// definition. Designers (tuning their models), heads, supervisors and admin; not officers or reviewers.</summary>
    public const string Statistics = "bpm:statistics";

    /// <summary>Evaluate a deployed decision (a discretion benchmark 裁量基准) on given facts without starting a case:
    /// officers deciding within the benchmark, reviewers checking a decision's reasoning, heads approving it, designers
    /// testing their tables, and admin. Supervisors read the tables (<see cref="Person"/>) but do not evaluate them.</summary>
    public const string DecisionEvaluation = "bpm:decision-evaluation";

    /// <summary>Penalty decisions counted within, above and below their discretion benchmark per violation and per unit
    /// (counts only, no case data): the 法规处 reviewers who own the benchmarks and compile the statistics, heads,
    /// supervisors and admin; not officers or designers.</summary>
    public const string DiscretionStatistics = "bpm:discretion-statistics";
    /// <summary>The access log (调阅记录): admins, heads and supervisors, each seeing the reads of the cases they may see.</summary>
    public const string AccessLog = "bpm:access-log";

    /// <summary>Download a case's electronic case file (电子卷宗): the people who work cases (officer, reviewer, head,
    /// supervisor, admin), each only for a case they may see; not designers or integration clients.</summary>
    public const string CaseFile = "bpm:case-file";
    /// <summary>Read and add comments on a case (意见与备注): the case roles (officer, reviewer, head, supervisor, admin); which
    /// cases is decided per case by the case-access service (whoever may see the case).</summary>
    public const string CaseComment = "bpm:case-comment";

    /// <summary>Search people to hand work on to (delegate, assign, reassign, escalate): the case roles; each caller sees
    /// only the people of the units they may hand work to.</summary>
    public const string PeopleSearch = "bpm:people-search";

    /// <summary>Look up people, groups and roles by name to name a user task's assignee and candidates (the designer's
    /// read-only directory: display name, unit, username; groups by their units; roles by their Chinese names): designers
    /// and admin. Case roles search people through <see cref="PeopleSearch"/>.</summary>
    public const string Directory = "bpm:directory";

    /// <summary>Correct a running case's process variable outside a task form (流程监控), with a reason recorded in the
    /// history: heads (for the cases of their units) and admin. Officers, reviewers and supervisors change a case only
    /// through its tasks, whose forms validate what they enter.</summary>
    public const string VariableEdit = "bpm:variable-edit";

    /// <summary>An integration client (OAuth2 client credentials) holding the <c>messages</c> scope: publishes and
    /// correlates agency messages over HTTP.</summary>
    public const string Integration = "bpm:integration";
}
