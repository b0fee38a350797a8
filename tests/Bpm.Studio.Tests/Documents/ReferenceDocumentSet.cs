using System.Text.Json.Nodes;
using Bpm.Activities.Documents.Rendering;
using Bpm.Activities.Documents.Templates;

namespace Bpm.Studio.Tests.Documents;

/// <summary>Every document template the activities produce, filled from Reference/case-data.json and drawn the way
/// GenerateDocumentActivity draws it, at a fixed creation time. The PDFsharp 6.5.0 reference PDFs in Reference/ were made
/// from this same file (see Reference/README.md); call <see cref="PdfSharpSetup.Ensure"/> first.</summary>
public static class ReferenceDocumentSet
{
    /// <summary>2026-11-22 09:30 Beijing time, the creation date written into every PDF.</summary>
    public static readonly DateTimeOffset CreatedAt = new(2026, 11, 22, 9, 30, 0, TimeSpan.FromHours(8));

    /// <summary>Each template's type and PDF, in the catalog's order.</summary>
    public static IEnumerable<(string Type, byte[] Pdf)> Render(string caseDataPath)
    {
        var caseData = JsonNode.Parse(File.ReadAllText(caseDataPath))!.AsObject();
        foreach (var template in DocumentTemplateCatalog.All)
        {
            var data = caseData.DeepClone().AsObject();
            var blocks = DocumentFiller.Fill(template, data, new HashSet<string>());
            var number = template.Number is null ? null : TemplateText.Fill(template.Number, data, new HashSet<string>());
            var metadata = new PdfDocumentMetadata(template.Title, number, TemplateText.Resolve(data, "agency.name")?.ToString(), template.Type, CreatedAt);
            yield return (template.Type, new PdfDocumentRenderer().Render(blocks, metadata));
        }
    }
}
