using Bpm.Engine.Activities;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.Events;

namespace Bpm.Engine.Documents;

/// <summary>Filing a generated document with its case from a module (module API, docs/adr/0007), without the module naming
/// the case documents' table.</summary>
public static class CaseDocumentFiling
{
    /// <summary>Files <paramref name="document"/>, which <paramref name="element"/> generated, with the case of
    /// <paramref name="instance"/>: a row of the case's documents written in the step's transaction, dated <see cref="IKernelStep.Now"/>.</summary>
    public static void FileCaseDocument(this IKernelStep step, KernelInstance instance, KernelElement element, GeneratedDocument document) =>
        step.Changes.Insert(new CaseDocumentEntity
        {
            Key = document.Key,
            ProcessInstanceKey = instance.Key,
            BusinessKey = instance.BusinessKey,
            DocumentType = document.DocumentType,
            Name = document.Name,
            Sha256 = document.Sha256,
            Size = document.Size,
            CreatedAt = step.Now,
            CreatedBy = document.CreatedBy,
            ElementId = element.ElementId,
        });
}
