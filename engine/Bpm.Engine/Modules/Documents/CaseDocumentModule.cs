using Bpm.Engine.Documents;
using Bpm.Engine.Runtime.Events;

namespace Bpm.Engine.Modules.Documents;

/// <summary>Case documents on kernel events (module API, docs/adr/0007): the documents an activity generated are filed with
/// the case in the step that completes the activity.</summary>
internal sealed class CaseDocumentModule : IKernelModule
{
    public Task HandleAsync(IKernelStep step, KernelEvent @event, Func<Task> next)
    {
        if (@event is ActivityResultApplied { Result.Documents: { Count: > 0 } documents } applied)
            foreach (var document in documents)
                step.FileCaseDocument(applied.Instance, applied.Element, document);
        return next();
    }
}
