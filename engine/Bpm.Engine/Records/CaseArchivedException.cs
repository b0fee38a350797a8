namespace Bpm.Engine.Records;

/// <summary>A write to a case that has ended (归档 or cancelled): its records are final and only read from then on. A
/// conflict like any other to engine callers; the API answers 409 with rule <see cref="Rule"/>.</summary>
public sealed class CaseArchivedException(long processInstanceKey, Persistence.States.ProcessInstanceState state)
    : Runtime.EngineConflictException($"案件（流程实例 {processInstanceKey}）已{(state == Persistence.States.ProcessInstanceState.Terminated ? "撤销" : "办结归档")}，卷宗只读，不能再办理、补充或修改 "
        + $"(process instance {processInstanceKey} is {Persistence.States.StateText<Persistence.States.ProcessInstanceState>.Of(state)}: an ended case is read-only)")
{
    public const string Rule = "case-archived";

    public long ProcessInstanceKey { get; } = processInstanceKey;
}
