using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Bpm.Activities.Documents;
using Bpm.Activities.Documents.Templates;
using Bpm.Engine.Activities;
using Bpm.Engine.UserTasks;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Activities.Documents;

public sealed class GenerateDocumentActivityTests : DocumentActivityTestBase
{
    /// <summary>Type, title, and the number the document prints (the case number, or the decision's own number).</summary>
    public static TheoryData<string, string, string> Types => new()
    {
        { "filingApproval", "立案审批表", CaseData.CaseNumber },
        { "advanceNotice", "行政处罚事先告知书", "郑市监告字〔2026〕15号" },
        { "legalReviewOpinion", "法制审核意见书", CaseData.CaseNumber },
        { "penaltyDecision", "行政处罚决定书", CaseData.DecisionNumber },
        { "serviceReceipt", "送达回证", CaseData.CaseNumber },
        { "closingReport", "结案报告", CaseData.CaseNumber },
        { "noPenaltyDecision", "不予行政处罚决定书", CaseData.DecisionNumber },
        { "crimeTransfer", "涉嫌犯罪案件移送书", CaseData.TransferNumber },
        { "paymentDemand", "催告书", CaseData.DemandNumber },
        { "licenceGrant", "准予行政许可决定书", CaseData.DecisionNumber },
        { "licenceRefusal", "不予行政许可决定书", CaseData.DecisionNumber },
        { "onTheSpotPenaltyDecision", "当场行政处罚决定书", CaseData.DecisionNumber },
        { "enforcementApplication", "强制执行申请书", CaseData.EnforcementApplicationNumber },
        { "caseFileIndex", "卷内目录", CaseData.ArchiveNumber },
        { "caseFileNotes", "备考表", CaseData.ArchiveNumber },
    };

    [ChineseFontTheory, MemberData(nameof(Types))]
    public async Task Each_document_type_renders_a_pdf_that_reads_back_with_the_case_number_and_party(string type, string title, string number)
    {
        var result = await Services.InvokeAsync(DocumentActivities.GenerateType, Variables(type));

        var document = Assert.Single(result.Documents);
        Assert.Equal(type, document.DocumentType);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(Store, document.Sha256));
        Assert.Equal(document.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(document.Size, bytes.Length);
        var (pages, text) = PdfText.Extract(bytes);
        Assert.True(pages >= 1);
        Assert.Contains(title, text);
        Assert.Contains(CaseData.PartyName, text);
        Assert.Contains(number, text);
    }

    [ChineseFontFact]
    public async Task The_documents_variable_names_theStored_file_and_keeps_other_types()
    {
        var variables = Variables("penaltyDecision");
        variables["documents"] = new JsonObject { ["advanceNotice"] = new JsonObject { ["documentKey"] = "1" } };

        var result = await Services.InvokeAsync(DocumentActivities.GenerateType, variables);

        var documents = Assert.IsType<JsonObject>(result.Variables["documents"]);
        Assert.Equal("1", (string?)documents["advanceNotice"]!["documentKey"]);
        var entry = documents["penaltyDecision"]!;
        var document = Assert.Single(result.Documents);
        Assert.Equal(document.Key.ToString(), (string?)entry["documentKey"]);
        Assert.Equal(document.Sha256, (string?)entry["sha256"]);
        Assert.Equal($"行政处罚决定书-{CaseData.DecisionNumber}.pdf", (string?)entry["name"]);
        Assert.Equal(document.Name, (string?)entry["name"]);
    }

    [ChineseFontFact]
    public async Task A_decision_prints_its_date_in_chinese_numerals_and_the_remedy_wording()
    {
        var result = await Services.InvokeAsync(DocumentActivities.GenerateType, Variables("penaltyDecision"));

        var (_, text) = PdfText.Extract(await File.ReadAllBytesAsync(Path.Combine(Store, result.Documents[0].Sha256)));
        Assert.Contains("二〇二六年十一月二十二日", text);
        Assert.Contains("申请行政复议", text.Replace("\n", ""));
        Assert.Contains("郑州市人民政府", text.Replace("\n", ""));
    }

    [ChineseFontFact]
    public async Task A_long_paragraph_wraps_and_continues_on_further_pages()
    {
        var variables = Variables("penaltyDecision");
        var data = variables["data"]!.AsObject();
        data["facts"] = string.Concat(Enumerable.Repeat("当事人在经营场所销售不符合食品安全标准的食品，且未能提供进货查验记录。", 60)) + "文末标记ENDMARK";

        var result = await Services.InvokeAsync(DocumentActivities.GenerateType, variables);

        var (pages, text) = PdfText.Extract(await File.ReadAllBytesAsync(Path.Combine(Store, result.Documents[0].Sha256)));
        Assert.True(pages >= 2, $"{pages} page(s)");
        Assert.Contains("文末标记ENDMARK", text.Replace("\n", ""));
        // Wrapped: no drawn line holds the whole paragraph.
        Assert.True(text.Split('\n').Max(l => l.Length) < 60, "a line was not wrapped");
    }

    [ChineseFontFact]
    public async Task Missing_data_prints_blanks_and_is_named_in_the_journal()
    {
        var data = CaseData.Penalty();
        data.Remove("remedy");

        var result = await Services.InvokeAsync(DocumentActivities.GenerateType,
            new JsonObject { ["documentType"] = "penaltyDecision", ["data"] = data });

        var log = Assert.Single(result.Logs);
        Assert.Contains("remedy.reviewBody", log);
        Assert.Contains("remedy.court", log);
        var (_, text) = PdfText.Extract(await File.ReadAllBytesAsync(Path.Combine(Store, result.Documents[0].Sha256)));
        Assert.Contains(TemplateText.Blank, text);
    }

    [ChineseFontFact]
    public async Task The_chinese_title_selects_the_template_and_case_number_defaults_to_the_business_key()
    {
        var data = CaseData.Penalty();
        data.Remove("caseNumber");

        var result = await Services.InvokeAsync(DocumentActivities.GenerateType, new JsonObject { ["documentType"] = "结案报告", ["data"] = data });

        Assert.Equal("closingReport", result.Documents[0].DocumentType);
        var (_, text) = PdfText.Extract(await File.ReadAllBytesAsync(Path.Combine(Store, result.Documents[0].Sha256)));
        Assert.Contains("BK-1", text); // ActivityTestHost's business key
    }

    [Fact]
    public async Task An_unknown_document_type_is_an_input_error_listing_the_known_ones()
    {
        var error = await Assert.ThrowsAsync<ActivityInputException>(() =>
            Services.InvokeAsync(DocumentActivities.GenerateType, new JsonObject { ["documentType"] = "letter", ["data"] = new JsonObject() }));
        Assert.Equal("documentType", error.InputName);
        Assert.Contains("penaltyDecision（行政处罚决定书）", error.Message);
    }

    [Fact]
    public async Task Storing_the_same_content_twice_keeps_one_file()
    {
        var store = Services.GetRequiredService<AttachmentStore>();
        var content = "同一份文书"u8.ToArray();

        var first = await store.SaveAsync(new MemoryStream(content), CancellationToken.None);
        var second = await store.SaveAsync(new MemoryStream(content), CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), first.Sha256);
        Assert.Single(Directory.GetFiles(Store));
    }

    private static JsonObject Variables(string type) => new() { ["documentType"] = type, ["data"] = CaseData.Penalty() };
}
