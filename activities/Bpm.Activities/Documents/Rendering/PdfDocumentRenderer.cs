using Bpm.Activities.Documents.Fonts;
using Bpm.Activities.Documents.Templates;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfFontEncoding = PdfSharp.Pdf.PdfFontEncoding;

namespace Bpm.Activities.Documents.Rendering;

/// <summary>Draws a filled template (placeholders already replaced) onto A4 pages with PDFsharp: wrapped paragraphs,
/// bordered forms and lists, right-aligned signature lines, page numbers; a new page whenever the next line would pass the margin.</summary>
public sealed class PdfDocumentRenderer
{
    private readonly Dictionary<double, XFont> _fonts = [];
    private PdfDocument _document = null!;
    private XGraphics? _graphics;
    private double _y;

    /// <summary>Call <see cref="PdfSharpSetup.Ensure"/> first.</summary>
    public byte[] Render(IReadOnlyList<TemplateBlock> blocks, PdfDocumentMetadata metadata)
    {
        _document = new PdfDocument();
        _document.Info.Title = metadata.Title;
        _document.Info.Subject = metadata.Subject ?? "";
        _document.Info.Author = metadata.Author ?? "";
        _document.Info.Keywords = metadata.Keywords;
        // PDFsharp writes a DateTime with the machine's offset (UTC on a server), which would shift Beijing wall time by
        // eight hours; the PDF date string is written here with the instant's own offset instead.
        _document.Info.Elements.SetString("/CreationDate", PdfDateText(metadata.CreatedAt));
        NewPage();
        foreach (var block in blocks) Draw(block);
        _graphics!.Dispose();
        using var output = new MemoryStream();
        _document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private void Draw(TemplateBlock block)
    {
        switch (block.Kind)
        {
            case TemplateBlockKinds.Heading:
                Centered(block.Text!, PdfLayout.HeadingSize);
                break;
            case TemplateBlockKinds.Title:
                Centered(block.Text!, PdfLayout.TitleSize);
                _y += PdfLayout.BodySize * 0.5;
                break;
            case TemplateBlockKinds.Number:
                Aligned([block.Text!], PdfLayout.BodySize, XStringFormats.TopRight);
                _y += PdfLayout.BodySize * 0.5;
                break;
            case TemplateBlockKinds.Paragraph:
                Paragraph(block.Text!, block.Indent);
                break;
            case TemplateBlockKinds.Table:
                Table(block.Rows!);
                break;
            case TemplateBlockKinds.List:
                List(block.Rows!, block.Columns!);
                break;
            case TemplateBlockKinds.Signature:
                _y += LineHeight(PdfLayout.BodySize);
                Aligned(block.Lines!, PdfLayout.BodySize, XStringFormats.TopRight);
                break;
        }
    }

    private void Centered(string text, double size)
    {
        foreach (var line in TextWrapper.Wrap(text, PdfLayout.ContentWidth, t => Measure(t, size)))
        {
            EnsureRoom(LineHeight(size));
            _graphics!.DrawString(line, Font(size), XBrushes.Black,
                new XRect(PdfLayout.Left, _y, PdfLayout.ContentWidth, LineHeight(size)), XStringFormats.TopCenter);
            _y += LineHeight(size);
        }
    }

    private void Aligned(IReadOnlyList<string> lines, double size, XStringFormat format)
    {
        foreach (var line in lines)
        {
            EnsureRoom(LineHeight(size));
            _graphics!.DrawString(line, Font(size), XBrushes.Black, new XRect(PdfLayout.Left, _y, PdfLayout.ContentWidth, LineHeight(size)), format);
            _y += LineHeight(size);
        }
    }

    private void Paragraph(string text, bool indent)
    {
        var size = PdfLayout.BodySize;
        var indentWidth = indent ? Measure("　　", size) : 0;
        var lines = TextWrapper.Wrap(text, PdfLayout.ContentWidth, t => Measure(t, size), indentWidth);
        for (var i = 0; i < lines.Count; i++)
        {
            EnsureRoom(LineHeight(size));
            var x = PdfLayout.Left + (i == 0 ? indentWidth : 0);
            _graphics!.DrawString(lines[i], Font(size), XBrushes.Black, new XPoint(x, _y + size), XStringFormats.Default);
            _y += LineHeight(size);
        }
    }

    private void Table(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        double[] widths = [PdfLayout.ContentWidth * PdfLayout.TableLabelShare, PdfLayout.ContentWidth * (1 - PdfLayout.TableLabelShare)];
        foreach (var row in rows) Row(row, widths, centred: [true, false]);
        _y += LineHeight(PdfLayout.BodySize) * 0.5;
    }

    /// <summary>The header row, then a row per item; the header is repeated at the top of every further page.</summary>
    private void List(IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<TemplateColumn> columns)
    {
        var total = columns.Sum(c => c.Width);
        var widths = columns.Select(c => PdfLayout.ContentWidth * c.Width / total).ToArray();
        var header = rows[0];
        var headerCentred = header.Select(_ => true).ToArray();
        // The first column (序号) is centred, the others read left to right.
        var bodyCentred = header.Select((_, i) => i == 0).ToArray();
        Row(header, widths, headerCentred);
        foreach (var row in rows.Skip(1))
        {
            if (_y + RowHeight(row, widths) > PdfLayout.Bottom && _y > PdfLayout.Top)
            {
                NewPage();
                Row(header, widths, headerCentred);
            }
            Row(row, widths, bodyCentred);
        }
        _y += LineHeight(PdfLayout.BodySize) * 0.5;
    }

    private double RowHeight(IReadOnlyList<string> cells, IReadOnlyList<double> widths) =>
        Math.Max(1, cells.Select((text, i) => Wrap(text, widths[i]).Count).Max()) * LineHeight(PdfLayout.BodySize) + 2 * PdfLayout.CellPadding;

    private IReadOnlyList<string> Wrap(string text, double width) =>
        TextWrapper.Wrap(text, width - 2 * PdfLayout.CellPadding, t => Measure(t, PdfLayout.BodySize));

    private void Row(IReadOnlyList<string> cells, IReadOnlyList<double> widths, IReadOnlyList<bool> centred)
    {
        var size = PdfLayout.BodySize;
        var height = RowHeight(cells, widths);
        EnsureRoom(height);
        var pen = new XPen(XColors.Black, 0.75);
        var x = PdfLayout.Left;
        for (var i = 0; i < cells.Count; i++)
        {
            _graphics!.DrawRectangle(pen, x, _y, widths[i], height);
            Cell(Wrap(cells[i], widths[i]), x, widths[i], height, size, centred[i]);
            x += widths[i];
        }
        _y += height;
    }

    private void Cell(IReadOnlyList<string> lines, double x, double width, double height, double size, bool centred)
    {
        var line = LineHeight(size);
        var top = centred ? _y + (height - lines.Count * line) / 2 : _y + PdfLayout.CellPadding;
        foreach (var text in lines)
        {
            var box = new XRect(x + PdfLayout.CellPadding, top, width - 2 * PdfLayout.CellPadding, line);
            _graphics!.DrawString(text, Font(size), XBrushes.Black, box, centred ? XStringFormats.Center : XStringFormats.CenterLeft);
            top += line;
        }
    }

    private void EnsureRoom(double height)
    {
        if (_y + height > PdfLayout.Bottom && _y > PdfLayout.Top) NewPage();
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(PdfLayout.PageWidth);
        page.Height = XUnit.FromPoint(PdfLayout.PageHeight);
        _graphics = XGraphics.FromPdfPage(page);
        _graphics.DrawString($"— {_document.PageCount} —", Font(PdfLayout.FooterSize), XBrushes.Black,
            new XRect(PdfLayout.Left, PdfLayout.Bottom + 20, PdfLayout.ContentWidth, LineHeight(PdfLayout.FooterSize)), XStringFormats.TopCenter);
        _y = PdfLayout.Top;
    }

    private static double LineHeight(double size) => size * PdfLayout.LineSpacing;

    private double Measure(string text, double size) => text.Length == 0 ? 0 : _graphics!.MeasureString(text, Font(size)).Width;

    private XFont Font(double size)
    {
        if (!_fonts.TryGetValue(size, out var font))
            // Unicode (Identity-H) for every run, also all-Latin ones: one embedded font, and every string maps back to text.
            _fonts[size] = font = new XFont(ChineseFontResolver.FamilyName, size, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        return font;
    }

    /// <summary>The PDF date format (ISO 32000-1 7.9.4): <c>D:YYYYMMDDHHmmSS+HH'mm'</c>.</summary>
    internal static string PdfDateText(DateTimeOffset instant)
    {
        var offset = instant.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"D:{instant:yyyyMMddHHmmss}{sign}{abs.Hours:00}'{abs.Minutes:00}'");
    }
}
