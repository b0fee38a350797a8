namespace Bpm.Activities.Documents.Rendering;

/// <summary>The PDF's document information: title, subject (the document number), author (the agency), keywords (the type),
/// and the creation instant, written with its own offset (Beijing time for documents an agency issues).</summary>
public sealed record PdfDocumentMetadata(string Title, string? Subject, string? Author, string Keywords, DateTimeOffset CreatedAt);
