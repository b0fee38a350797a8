using Bpm.Engine.Activities;
using Bpm.Engine.Time;

namespace Bpm.Activities.Enforcement.Surcharges;

/// <summary>Computes the 加处罚款 owed on an unpaid fine on a day (default today, China time); see
/// <see cref="LatePaymentSurcharge"/> for the rule and the rounding.</summary>
[Activity(Type, "加处罚款计算", EnforcementActivities.Category, Mode = ActivityExecutionMode.Inline,
    Description = "到期不缴纳罚款的，每日按罚款数额的 3% 加处罚款，加处罚款总额不超过罚款数额；行政复议、行政诉讼期间不计（《行政处罚法》第七十二条、第七十三条）。")]
public sealed class LatePaymentSurchargeActivity(TimeProvider clock) : IActivity
{
    private const string Type = "bpm:late-payment-surcharge";

    [Input("罚款金额（元）", Required = true, Description = "最多两位小数。")]
    public decimal FineAmount { get; set; }

    [Input("缴款期限", Required = true, Description = "最后缴款日（YYYY-MM-DD），如 deadlines.payment.due 的日期；次日起计算加处罚款。")]
    public string DueDate { get; set; } = "";

    [Input("计算日", Description = "计算到该日（含当日，YYYY-MM-DD 或日期时间）；默认今天（北京时间）。")]
    public string? AsOf { get; set; }

    [Input("暂停期间", Description = "行政复议、行政诉讼期间的列表 [{from, to}]（含首尾两日；to 为空表示尚未结束），期间内不计加处罚款。")]
    public List<PausePeriod>? Pauses { get; set; }

    [Output("加处罚款（元）")]
    public decimal Surcharge { get; private set; }

    [Output("计算天数")]
    public int DaysCounted { get; private set; }

    [Output("是否已达上限", Description = "加处罚款达到罚款数额时为 true。")]
    public bool Capped { get; private set; }

    [Output("应缴总额（元）", Description = "罚款加加处罚款。")]
    public decimal TotalDue { get; private set; }

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (FineAmount < 0 || decimal.Round(FineAmount, 2) != FineAmount)
            throw InvalidInput.Of(Type, "fineAmount", $"must be a non-negative amount in yuan with at most two decimals (got {FineAmount})");
        var due = EnforcementDates.Parse(Type, "dueDate", DueDate);
        var asOf = string.IsNullOrWhiteSpace(AsOf) ? ChinaTime.Today(clock) : EnforcementDates.Parse(Type, "asOf", AsOf);
        var pauses = Pauses ?? [];
        foreach (var pause in pauses.Where(p => p.To is { } to && to < p.From))
            throw InvalidInput.Of(Type, "pauses", $"has a period ending before it starts ({pause.From:yyyy-MM-dd} to {pause.To:yyyy-MM-dd})");
        var result = LatePaymentSurcharge.Calculate(FineAmount, due, asOf, pauses);
        (Surcharge, DaysCounted, Capped, TotalDue) = (result.Surcharge, result.DaysCounted, result.Capped, result.TotalDue);
        return ValueTask.CompletedTask;
    }
}
