using System.Text.Json.Nodes;

namespace Bpm.Engine.Tests.Activities.Documents;

/// <summary>Case variables in the vocabulary the document templates read (docs/documents.md).</summary>
internal static class CaseData
{
    public const string CaseNumber = "豫郑市监立〔2026〕0042号";
    public const string PartyName = "郑州某食品有限公司";
    public const string DecisionNumber = "郑市监罚字〔2026〕15号";
    public const string TransferNumber = "郑市监移〔2026〕3号";
    public const string DemandNumber = "郑市监催〔2026〕2号";
    public const string EnforcementApplicationNumber = "郑市监强申〔2026〕1号";
    public const string ArchiveNumber = "WS-2026-0042";

    public static JsonObject Penalty() => JsonNode.Parse($$"""
        {
          "caseNumber": "{{CaseNumber}}",
          "caseName": "郑州某食品有限公司销售不符合食品安全标准的食品案",
          "caseSource": "投诉举报",
          "caseCause": "涉嫌销售不符合食品安全标准的食品",
          "agency": { "name": "郑州市市场监督管理局", "creditCode": "11410100MB1234567X", "regionCode": "410100", "address": "郑州市金水区花园路1号" },
          "party": { "kind": "LegalPerson", "name": "{{PartyName}}", "creditCode": "91410100MA40ABCD1X", "address": "郑州市金水区农业路88号", "legalRepresentative": "王某某", "phone": "0371-65432100" },
          "facts": "当事人于2026年3月至5月期间，在其经营场所销售经检验不符合食品安全标准的速冻水饺共计1200袋，货值金额人民币18000元，违法所得人民币4500元。",
          "evidence": ["现场笔录", "询问笔录", "检验报告", "销售台账"],
          "violatedProvision": "《中华人民共和国食品安全法》第三十四条第（二）项",
          "legalBasis": "《中华人民共和国食品安全法》第一百二十四条第一款",
          "penalty": { "content": "没收违法所得人民币4500元，罚款人民币150000元", "fineAmount": 150000, "confiscatedAmount": 4500, "kinds": ["Fine", "ConfiscationOfIllegalGains"] },
          "payment": { "bank": "中国工商银行郑州分行代收罚没款专户" },
          "remedy": { "reviewBody": "郑州市人民政府", "court": "郑州市金水区人民法院" },
          "officers": [ { "name": "张伟", "certificateNumber": "豫A0101234" }, { "name": "李娜", "certificateNumber": "豫A0101235" } ],
          "contact": { "name": "张伟", "phone": "0371-65430000" },
          "filingDate": "2026-06-02",
          "filing": { "unitOpinion": "符合立案条件，建议立案。", "headOpinion": "同意立案。" },
          "noticeNumber": "郑市监告字〔2026〕15号",
          "noticeDate": "2026-08-10",
          "hearingRight": true,
          "handlingUnit": "执法稽查处",
          "review": { "number": "郑市监法审〔2026〕9号", "submittedOn": "2026-08-01", "result": "同意", "opinion": "事实清楚，证据确凿，适用依据正确，程序合法，裁量适当。", "reviewer": "周敏", "reviewedOn": "2026-08-05" },
          "decisionNumber": "{{DecisionNumber}}",
          "decisionDate": "2026-11-22",
          "service": { "documentTitle": "行政处罚决定书", "documentNumber": "{{DecisionNumber}}", "method": "直接送达", "remarks": "无" },
          "execution": { "summary": "当事人已全部履行。", "payment": "罚没款人民币154500元已于2026年12月1日缴清。" },
          "closing": { "reason": "行政处罚决定已执行完毕。", "unitOpinion": "建议结案。", "headOpinion": "同意结案。", "date": "2026-12-05" },
          "noPenaltyReason": "当事人初次违法且危害后果轻微并及时改正。",
          "transferNumber": "{{TransferNumber}}",
          "suspectedOffence": "生产、销售不符合安全标准的食品罪",
          "factsSummary": "当事人销售的速冻水饺经检验致病性微生物超标，足以造成严重食物中毒事故。",
          "transfer": { "receiver": "郑州市公安局", "evidenceTitles": ["检验报告", "询问笔录"], "officers": [ { "name": "张伟", "certificateNumber": "豫A0101234" } ], "date": "2026-07-01" },
          "demandNumber": "{{DemandNumber}}",
          "demandDate": "2026-08-01",
          "servedOn": "2026-07-10",
          "enforcementApplicationNumber": "{{EnforcementApplicationNumber}}",
          "enforcement": { "court": "郑州市金水区人民法院", "appliedOn": "2026-09-20", "surcharge": 150000, "daysCounted": 60, "totalDue": 300000 },
          "archive": { "number": "{{ArchiveNumber}}", "volumes": 2, "preparedBy": "张伟", "checkedBy": "杨帆", "note": "无", "date": "2026-12-08", "documentCount": 3 },
          "caseDocuments": [
            { "documentType": "filingApproval", "title": "立案审批表", "documentNumber": "{{CaseNumber}}" },
            { "documentType": "penaltyDecision", "title": "行政处罚决定书", "documentNumber": "{{DecisionNumber}}" },
            { "documentType": "paymentDemand", "title": "催告书", "documentNumber": "{{DemandNumber}}" }
          ]
        }
        """)!.AsObject();
}
