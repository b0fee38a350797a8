using System.Text.Json.Nodes;
using Bpm.Activities.Documents;
using Bpm.Activities.Documents.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Activities.Documents;

/// <summary>The documents added for court enforcement and archiving: 强制执行申请书 (行政强制法 第五十三条至第五十五条) and the
/// 卷内目录 / 备考表 built from <c>caseDocuments</c> with the <c>list</c> block.</summary>
public sealed class ArchiveAndEnforcementDocumentTests : DocumentActivityTestBase
{
    [ChineseFontFact]
    public async Task The_enforcement_application_names_the_court_the_parties_the_demand_and_the_amount_due()
    {
        var text = await RenderAsync("enforcementApplication", CaseData.Penalty());

        foreach (var expected in new[]
        {
            "申请人：郑州市市场监督管理局", "被申请人：郑州某食品有限公司", "法定代表人（负责人）：王某某", CaseData.DecisionNumber,
            $"于2026年8月1日向被申请人送达{CaseData.DemandNumber}《催告书》", "加处罚款150000元", "合计人民币300000元",
            "第五十三条、第五十四条、第五十五条", "此致郑州市金水区人民法院", "负责人（签名）", "二〇二六年九月二十日",
        })
            Assert.Contains(expected, text);
    }

    [ChineseFontFact]
    public async Task The_index_lists_every_case_document_in_order_with_its_number()
    {
        var text = await RenderAsync("caseFileIndex", CaseData.Penalty());

        Assert.Contains($"档案号：{CaseData.ArchiveNumber}", text);
        var positions = new[] { "序号", "文书名称", "文号", "页号", "备注", "1立案审批表" + CaseData.CaseNumber, "2行政处罚决定书" + CaseData.DecisionNumber, "3催告书" + CaseData.DemandNumber }
            .Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0, $"missing in: {text}"));
        Assert.Equal(positions.Order(), positions);
    }

    [ChineseFontFact]
    public async Task A_long_index_continues_on_a_second_page_under_a_repeated_header()
    {
        var data = CaseData.Penalty();
        data["caseDocuments"] = new JsonArray(Enumerable.Range(1, 40).Select(i =>
            (JsonNode?)new JsonObject { ["title"] = $"询问笔录第{i}份", ["documentNumber"] = $"XW-{i:000}" }).ToArray());

        var result = await Services.InvokeAsync(DocumentActivities.GenerateType, new JsonObject { ["documentType"] = "caseFileIndex", ["data"] = data });

        var (pages, lines) = PdfText.Extract(await File.ReadAllBytesAsync(Path.Combine(Store, result.Documents[0].Sha256)));
        var text = lines.Replace("\n", "");
        Assert.True(pages >= 2, $"{pages} page(s)");
        Assert.Contains("40询问笔录第40份XW-040", text);
        Assert.True(Occurrences(text, "文书名称") >= pages, "the header is not repeated on every page");
    }

    [ChineseFontFact]
    public async Task An_item_without_a_number_and_an_empty_index_are_named_in_the_journal()
    {
        var data = CaseData.Penalty();
        data["caseDocuments"]![1]!.AsObject().Remove("documentNumber");
        var gap = await Services.InvokeAsync(DocumentActivities.GenerateType, new JsonObject { ["documentType"] = "caseFileIndex", ["data"] = data });
        Assert.Contains("caseDocuments[1].documentNumber", Assert.Single(gap.Logs));

        var none = CaseData.Penalty();
        none["caseDocuments"] = new JsonArray();
        var empty = await Services.InvokeAsync(DocumentActivities.GenerateType, new JsonObject { ["documentType"] = "caseFileIndex", ["data"] = none });
        Assert.Contains("caseDocuments", Assert.Single(empty.Logs));
    }

    [ChineseFontFact]
    public async Task The_notes_sheet_records_the_volume_the_count_and_who_prepared_and_checked_it()
    {
        var text = await RenderAsync("caseFileNotes", CaseData.Penalty());

        foreach (var expected in new[] { "备考表", $"档案号：{CaseData.ArchiveNumber}", "本卷含系统生成文书3件", "立卷人张伟", "检查人杨帆", "立卷时间2026年12月8日" })
            Assert.Contains(expected, text);
    }

    [Fact]
    public void The_index_template_loads_its_list_block_over_case_documents_with_five_columns()
    {
        var index = DocumentTemplateCatalog.Find("卷内目录")!;
        var list = Assert.Single(index.Blocks, b => b.Kind == TemplateBlockKinds.List);
        Assert.Equal("caseDocuments", list.Items);
        Assert.Equal(["序号", "文书名称", "文号", "页号", "备注"], list.Columns!.Select(c => c.Header));
    }

    private static int Occurrences(string text, string value) => (text.Length - text.Replace(value, "").Length) / value.Length;
}
