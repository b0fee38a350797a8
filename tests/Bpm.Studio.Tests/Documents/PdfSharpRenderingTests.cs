using System.Globalization;
using Bpm.Activities.Documents;
using Bpm.Activities.Documents.Rendering;
using Bpm.Activities.Documents.Templates;
using Bpm.Studio.Tests.Infrastructure;

namespace Bpm.Studio.Tests.Documents;

/// <summary>Issue 16 item 5: the documents PDFsharp 6.2.4 draws look like the ones PDFsharp 6.5.0 drew. Each template is
/// rendered now from the same case data and clock as the 6.5.0 reference PDFs in Reference/, both are rasterised with pdf.js
/// in Chromium at 150 dpi and compared pixel by pixel; a failing page leaves its images in artifacts/pdf-comparison/.</summary>
public sealed class PdfSharpRenderingTests(PdfRasteriser rasteriser) : IClassFixture<PdfRasteriser>
{
    private const double Scale = 150.0 / 72;
    private const int ChannelTolerance = 64;
    // Identical drawing gives 0 differing pixels; 0.002 % (about 43 pixels of an A4 page) still catches one changed digit (138).
    private const double MaxDifferingShare = 0.00002;

    private static readonly string ReferenceFolder = Path.Combine(RepositoryPaths.Root, "tests", "Bpm.Studio.Tests", "Documents", "Reference");

    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> Current = new(() =>
    {
        PdfSharpSetup.Ensure(new DocumentOptions());
        return ReferenceDocumentSet.Render(Path.Combine(ReferenceFolder, "case-data.json")).ToDictionary(d => d.Type, d => d.Pdf);
    });

    public static TheoryData<string> DocumentTypes() =>
        new(DocumentTemplateCatalog.All.Select(t => t.Type));

    [Fact]
    public void Every_template_has_a_reference_pdf()
    {
        var missing = DocumentTemplateCatalog.All.Select(t => t.Type).Where(type => !File.Exists(ReferencePath(type))).ToList();
        Assert.True(missing.Count == 0, $"no PDFsharp 6.5.0 reference PDF for: {string.Join(", ", missing)} (see Documents/Reference/README.md)");
    }

    [ChromiumTheory]
    [MemberData(nameof(DocumentTypes))]
    public async Task Pages_match_the_PDFsharp_6_5_rendering(string type)
    {
        var reference = await File.ReadAllBytesAsync(ReferencePath(type));
        var comparison = await rasteriser.CompareAsync(reference, Current.Value[type], Scale, ChannelTolerance, MaxDifferingShare);

        var failures = new List<string>();
        if (comparison.ReferencePages != comparison.CurrentPages)
            failures.Add($"{type}: {comparison.CurrentPages} pages now, {comparison.ReferencePages} with PDFsharp 6.5.0");
        foreach (var page in comparison.Pages.Where(p => p.Share > MaxDifferingShare))
        {
            var folder = await SaveImagesAsync(type, page);
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{type} page {page.Number}: {page.Share:P3} of {page.Width}×{page.Height} pixels differ ({page.Differing}); images in {folder}"));
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static string ReferencePath(string type) => Path.Combine(ReferenceFolder, type + ".pdf");

    private static async Task<string> SaveImagesAsync(string type, PdfPageComparison page)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "artifacts", "pdf-comparison");
        Directory.CreateDirectory(folder);
        var images = page.Images!;
        foreach (var (name, dataUrl) in new[] { ("reference", images.Reference), ("current", images.Current), ("diff", images.Diff) })
            await File.WriteAllBytesAsync(Path.Combine(folder, $"{type}-page{page.Number}-{name}.png"), Convert.FromBase64String(dataUrl[(dataUrl.IndexOf(',') + 1)..]));
        return folder;
    }
}
