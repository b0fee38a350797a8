namespace Bpm.Engine.Records;

/// <summary>A write to a case that has ended (归档 or cancelled): its records are final and only read from then on. A
/// conflict like any other to engine callers; the API answers 409 with rule <see cref="Rule"/>. The text names the case as a
/// person knows it: its case number (案号) and process, the instance key only when it has no case number.</summary>
public sealed class CaseArchivedException(long processInstanceKey, Persistence.States.ProcessInstanceState state, string? caseNumber, string? processName)
    : Runtime.EngineConflictException($"{CaseText(processInstanceKey, caseNumber, processName)}已"
        + $"{(state == Persistence.States.ProcessInstanceState.Terminated ? "撤销" : "办结归档")}，卷宗只读，不能再办理、补充或修改")
{
    public const string Rule = "case-archived";

    public long ProcessInstanceKey { get; } = processInstanceKey;

    public string? CaseNumber { get; } = caseNumber;

    private static string CaseText(long key, string? caseNumber, string? processName) => (caseNumber, processName) switch
    {
        ({ } number, { } name) => $"案件 {number}（{name}）",
        ({ } number, null) => $"案件 {number}",
        (null, { } name) => $"案件（{name}，流程实例 {key}）",
        _ => $"案件（流程实例 {key}）",
    };
}
