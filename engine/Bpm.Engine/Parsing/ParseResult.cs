using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>The processes of one BPMN resource and every problem found in it. Deploy only when <see cref="Errors"/> is empty.</summary>
public sealed class ParseResult(IReadOnlyList<ProcessModel> processes, IReadOnlyList<ValidationError> errors)
{
    /// <summary>Every bpmn:process in the resource, executable or not (see <see cref="ProcessModel.IsExecutable"/>).</summary>
    public IReadOnlyList<ProcessModel> Processes { get; } = processes;
    public IReadOnlyList<ValidationError> Errors { get; } = errors;
    public bool IsValid => Errors.Count == 0;
    public IEnumerable<ProcessModel> ExecutableProcesses => Processes.Where(p => p.IsExecutable);
}
