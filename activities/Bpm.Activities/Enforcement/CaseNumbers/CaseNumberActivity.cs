using Bpm.Engine.Activities;
using Bpm.Enforcement.CaseNumbers;
using Bpm.Engine.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Activities.Enforcement.CaseNumbers;

/// <summary>Issues the next case number of an (agency code, year, kind) counter; numbers restart at 1 each year (the year
/// of the engine clock in China time unless given). Runs as a job: the number is recorded against the element instance,
/// so a retried job gets the same number and no gap opens.</summary>
[Activity(Type, "案件编号生成", EnforcementActivities.Category,
    Description = "按机构代字、年度和类别生成连续且唯一的案件编号，如 郑市监罚〔2026〕0001号；每年从 1 开始，并发安全。")]
public sealed class CaseNumberActivity(TimeProvider clock) : IActivity
{
    private const string Type = "bpm:case-number";
    private const int MaxCodeLength = 32;

    [Input("机构代字", Required = true, Description = "如 郑市监（郑州市市场监督管理局）；ASCII 格式时只能是字母和数字。")]
    public string AgencyCode { get; set; } = "";

    [Input("类别", DefaultValue = "罚", Description = "编号类别，如 罚（处罚决定）、立（立案）、许（许可）；各类别分别编号。")]
    public string Kind { get; set; } = "罚";

    [Input("年度", Description = "默认当前年度（北京时间）。")]
    public int? Year { get; set; }

    [Input("序号位数", DefaultValue = "4", Description = "序号补零到该位数，超过时按实际位数。")]
    public int Digits { get; set; } = 4;

    [Input("格式", DefaultValue = CaseNumberStyles.Chinese, Description = "CHINESE：郑市监罚〔2026〕0001号；ASCII：410100SJ-CF-2026-0001。")]
    public string Style { get; set; } = CaseNumberStyles.Chinese;

    [Output("案件编号")]
    public string CaseNumber { get; private set; } = "";

    [Output("序号")]
    public long CaseSequence { get; private set; }

    [Output("编号年度")]
    public int CaseYear { get; private set; }

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var style = (Style ?? "").Trim().ToUpperInvariant();
        if (!CaseNumberStyles.IsKnown(style))
            throw InvalidInput.Of(Type, "style", $"must be {CaseNumberStyles.Chinese} or {CaseNumberStyles.Ascii} (got '{Style}')");
        var agency = Code("agencyCode", AgencyCode, style);
        var kind = Code("kind", Kind, style);
        var year = Year ?? ChinaTime.Now(clock).Year;
        if (year is < 1949 or > 9999) throw InvalidInput.Of(Type, "year", $"must be a four-digit year (got {year})");
        if (Digits is < 1 or > 12) throw InvalidInput.Of(Type, "digits", $"must be between 1 and 12 (got {Digits})");

        // Resolved here, not injected: the registry needs the engine's database, absent where only activities are registered.
        var registry = context.Services.GetRequiredService<CaseNumberRegistry>();
        var invocation = context.Invocation;
        var issued = await registry.IssueAsync(new CaseNumberRequest(agency, year, kind, invocation.ProcessInstanceKey, invocation.ElementInstanceKey),
            sequence => CaseNumberStyles.Format(style, agency, kind, year, sequence, Digits), cancellationToken);
        (CaseNumber, CaseSequence, CaseYear) = (issued.CaseNumber, issued.Sequence, year);
        context.Log(issued.Reissued ? $"案件编号 {issued.CaseNumber}（重试，沿用已生成的编号）" : $"案件编号 {issued.CaseNumber}");
    }

    private static string Code(string input, string? text, string style)
    {
        var code = (text ?? "").Trim();
        if (code.Length == 0 || code.Length > MaxCodeLength || code.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            throw InvalidInput.Of(Type, input, $"must be 1 to {MaxCodeLength} characters without spaces (got '{text}')");
        if (style == CaseNumberStyles.Ascii && !CaseNumberStyles.IsAsciiCode(code))
            throw InvalidInput.Of(Type, input, $"must be ASCII letters and digits for the ASCII style (got '{text}')");
        return code;
    }

}
