using System.Text.Json.Nodes;
using Bpm.Activities.Documents.Rendering;
using Bpm.Activities.Documents.Templates;
using Bpm.Engine.Activities;
using Bpm.Engine.Runtime;
using Bpm.Engine.UserTasks;
using Microsoft.Extensions.Options;

namespace Bpm.Activities.Documents;

/// <summary>Renders a document template with the case data into a PDF, stores it by SHA-256 and records it as a document of
/// the case (the row is written by the step that completes this job). Sets <c>documents.&lt;type&gt;</c> =
/// {documentKey, sha256, name, size, title}; other types already in <c>documents</c> are kept.</summary>
[Activity(DocumentActivities.GenerateType, "生成文书", DocumentActivities.Category, ReadsOtherVariables = true,
    Description = "用案件数据填充文书模板，生成 PDF（按 SHA-256 存储），记入案件文书，并写入流程变量 documents.<类型>。")]
public sealed class GenerateDocumentActivity(AttachmentStore store, KeyGenerator keys, IOptions<DocumentOptions> options, Bpm.Engine.Time.BusinessClock clock)
    : IActivity
{
    [Input("文书类型", Required = true, Description = "filingApproval 立案审批表、advanceNotice 行政处罚事先告知书、legalReviewOpinion 法制审核意见书、" +
        "penaltyDecision 行政处罚决定书、noPenaltyDecision 不予行政处罚决定书、crimeTransfer 涉嫌犯罪案件移送书、serviceReceipt 送达回证、" +
        "paymentDemand 催告书、closingReport 结案报告、licenceGrant 准予行政许可决定书、licenceRefusal 不予行政许可决定书、" +
        "onTheSpotPenaltyDecision 当场行政处罚决定书、enforcementApplication 强制执行申请书、caseFileIndex 卷内目录、caseFileNotes 备考表、" +
        "collectiveDiscussionRecord 集体讨论记录、hearingRecord 听证笔录；也可填写中文名称。")]
    public string DocumentType { get; set; } = "";

    [Input("案件数据", Description = "FEEL 上下文，例如 ={caseNumber: caseNumber, party: party}；缺省时使用任务可见的全部流程变量。")]
    public JsonObject? Data { get; set; }

    [Input("制作人", Description = "记录在案件文书中的制作人。")]
    public string? CreatedBy { get; set; }

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var template = DocumentTemplateCatalog.Find(DocumentType) ?? throw new ActivityInputException(DocumentActivities.GenerateType, "documentType",
            $"活动「{DocumentActivities.GenerateType}」的文书类型（documentType）「{DocumentType}」未知，可用：" +
            string.Join("、", DocumentTemplateCatalog.All.Select(t => $"{t.Type}（{t.Title}）")));
        PdfSharpSetup.Ensure(options.Value);

        var data = Data ?? new JsonObject(context.Variables.Select(v => KeyValuePair.Create(v.Key, v.Value?.DeepClone())));
        if (!TemplateText.HasValue(data["caseNumber"]) && context.Invocation.BusinessKey is { } businessKey) data["caseNumber"] = businessKey;
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var blocks = DocumentFiller.Fill(template, data, missing);
        var number = template.Number is null ? null : TemplateText.Fill(template.Number, data, new HashSet<string>());
        if (number == TemplateText.Blank) number = null;

        var now = clock.Now();
        var metadata = new PdfDocumentMetadata(template.Title, number, TemplateText.Resolve(data, "agency.name")?.ToString(), template.Type, now);
        var pdf = new PdfDocumentRenderer().Render(blocks, metadata);
        var (sha256, size) = await store.SaveAsync(new MemoryStream(pdf, writable: false), cancellationToken);

        var document = new GeneratedDocument(keys.Next(), template.Type, DocumentFiller.FileName(template, number), sha256, size, CreatedBy);
        context.AddDocument(document);
        var all = context.Variables.TryGetValue(DocumentActivities.VariableName, out var existing) && existing is JsonObject current
            ? current.DeepClone().AsObject()
            : [];
        all[template.Type] = new JsonObject
        {
            ["documentKey"] = document.Key.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["sha256"] = sha256,
            ["name"] = document.Name,
            ["size"] = size,
            ["title"] = template.Title,
        };
        context.SetVariable(DocumentActivities.VariableName, all);
        if (missing.Count > 0) context.Log($"{template.Title}：以下数据缺失，已留空待填写：{string.Join("、", missing)}");
    }
}
