namespace Bpm.Activities.Documents.Rendering;

/// <summary>The PDF's document information: title, subject (the document number), author (the agency), keywords (the type).</summary>
public sealed record PdfDocumentMetadata(string Title, string? Subject, string? Author, string Keywords, DateTime CreatedAt);
