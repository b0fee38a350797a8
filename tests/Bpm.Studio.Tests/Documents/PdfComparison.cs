namespace Bpm.Studio.Tests.Documents;

/// <summary>What pdf-compare.mjs answers: both page counts and each page's comparison.</summary>
public sealed record PdfComparison(int ReferencePages, int CurrentPages, IReadOnlyList<PdfPageComparison> Pages);
