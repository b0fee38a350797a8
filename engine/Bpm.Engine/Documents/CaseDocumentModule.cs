using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.Events;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Documents;

/// <summary>Case documents on kernel events: the documents an activity generated are filed with the case in the step that
/// completes the activity.</summary>
internal sealed class CaseDocumentModule : IKernelEventHandler
{
    public Task HandleAsync(StepExecution step, KernelEvent @event)
    {
        if (@event is ActivityResultApplied { Result.Documents: { Count: > 0 } documents } applied)
            foreach (var document in documents)
                step.Changes.Insert(new CaseDocumentEntity
                {
                    Key = document.Key,
                    ProcessInstanceKey = applied.Instance.Key,
                    BusinessKey = applied.Instance.BusinessKey,
                    DocumentType = document.DocumentType,
                    Name = document.Name,
                    Sha256 = document.Sha256,
                    Size = document.Size,
                    CreatedAt = step.Now,
                    CreatedBy = document.CreatedBy,
                    ElementId = applied.Element.ElementId,
                });
        return Task.CompletedTask;
    }
}
