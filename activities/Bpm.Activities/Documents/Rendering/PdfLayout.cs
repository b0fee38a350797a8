namespace Bpm.Activities.Documents.Rendering;

/// <summary>Page and type sizes in points, after the national format for official documents (GB/T 9704: A4, top margin
/// 37 mm, left 28 mm, right 26 mm, bottom 35 mm), with a slightly smaller body size so forms fit one page.</summary>
public static class PdfLayout
{
    private const double PointsPerMillimetre = 72 / 25.4;

    public const double PageWidth = 210 * PointsPerMillimetre;
    public const double PageHeight = 297 * PointsPerMillimetre;
    public const double Top = 37 * PointsPerMillimetre;
    public const double Left = 28 * PointsPerMillimetre;
    public const double Right = PageWidth - 26 * PointsPerMillimetre;
    public const double Bottom = PageHeight - 35 * PointsPerMillimetre;
    public const double ContentWidth = Right - Left;

    public const double HeadingSize = 16;
    public const double TitleSize = 22;
    public const double BodySize = 14;
    public const double FooterSize = 12;
    public const double LineSpacing = 1.7;
    public const double TableLabelShare = 0.3;
    public const double CellPadding = 5;
}
