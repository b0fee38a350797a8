using System.Globalization;
using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.Documents;

/// <summary>A case document as the API shows it; keys are strings (64-bit integers).</summary>
public sealed record CaseDocumentInfo(string DocumentKey, string ProcessInstanceKey, string? BusinessKey, string DocumentType, string Name,
    string Sha256, long Size, DateTimeOffset CreatedAt, string? CreatedBy, string ElementId)
{
    public static CaseDocumentInfo From(CaseDocumentEntity entity) =>
        new(entity.Key.ToString(CultureInfo.InvariantCulture), entity.ProcessInstanceKey.ToString(CultureInfo.InvariantCulture),
            entity.BusinessKey, entity.DocumentType, entity.Name, entity.Sha256, entity.Size, entity.CreatedAt, entity.CreatedBy, entity.ElementId);
}
