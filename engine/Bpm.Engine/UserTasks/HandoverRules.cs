namespace Bpm.Engine.UserTasks;

/// <summary>Who may receive a task handed on by assignment, delegation or a head's reassignment: a known, active person in
/// the task's unit, a unit above it or a unit below it (and whatever the registered <see cref="IHandoverTargetRule"/>s
/// add). Anyone else could not see or complete it, and the task would be stranded.</summary>
public static class HandoverRules
{
    public const string UnknownTarget = "handover-target-unknown";
    public const string TargetOutsideUnit = "handover-target-outside-unit";
    /// <summary>What the handover rules rest on: the task must stay with someone who can act on it.</summary>
    public const string Basis = "任务移交规则：接收人须为本机构或上下级机构在岗的办案人员";
}
