namespace Bpm.Studio.Tests.Documents;

/// <summary>A differing page as PNG data URLs: the reference, the current rendering, and the differing pixels in red.</summary>
public sealed record PdfPageImages(string Reference, string Current, string Diff);
