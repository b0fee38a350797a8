namespace Bpm.Studio.Tests.Documents;

/// <summary>One page: its size in pixels, how many pixels differ and their share; images only for a page over the allowed share.</summary>
public sealed record PdfPageComparison(int Number, int Width, int Height, long Differing, double Share, PdfPageImages? Images);
