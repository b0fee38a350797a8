using Bpm.Activities.Documents;
using Bpm.Activities.Documents.Rendering;
using Bpm.Activities.Documents.Templates;
using Bpm.Engine.Time;
using Microsoft.Extensions.Options;

namespace Bpm.Server.Records.CaseFiles;

/// <summary>The 卷内目录 (table of contents), the first file of a case file: one row per document and evidence item in file
/// order, with its title, when it was made (Beijing time) and the start of its SHA-256.</summary>
public sealed class CaseFileContents(IOptions<DocumentOptions> options)
{
    public const string FileName = "00-卷内目录.pdf";

    public byte[] Render(string caseTitle, DateTimeOffset generatedAt, IReadOnlyList<(string Title, DateTimeOffset At, string Sha256)> items)
    {
        PdfSharpSetup.Ensure(options.Value);
        IReadOnlyList<IReadOnlyList<string>> rows =
        [
            ["序号", "题名", "日期", "SHA-256（前 16 位）"],
            .. items.Select((item, i) => (IReadOnlyList<string>)[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), item.Title,
                ChinaTime.Minutes(item.At), item.Sha256[..16]]),
        ];
        var blocks = new List<TemplateBlock>
        {
            new() { Kind = TemplateBlockKinds.Title, Text = "卷内目录" },
            new() { Kind = TemplateBlockKinds.Paragraph, Text = caseTitle, Indent = false },
            new()
            {
                Kind = TemplateBlockKinds.List, Rows = rows,
                Columns = [new() { Header = "序号", Width = 0.5 }, new() { Header = "题名", Width = 3 }, new() { Header = "日期", Width = 1.6 },
                    new() { Header = "SHA-256（前 16 位）", Width = 1.6 }],
            },
            new() { Kind = TemplateBlockKinds.Signature, Lines = [$"生成时间：{ChinaTime.Minutes(generatedAt)}"] },
        };
        return new PdfDocumentRenderer().Render(blocks, new PdfDocumentMetadata("卷内目录", caseTitle, null, "卷内目录 电子卷宗", generatedAt.ToOffset(ChinaTime.Offset)));
    }
}
