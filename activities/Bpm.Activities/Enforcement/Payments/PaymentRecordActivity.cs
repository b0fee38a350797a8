using System.Globalization;
using Bpm.Engine.Activities;

namespace Bpm.Activities.Enforcement.Payments;

/// <summary>Records a payment notice against the amount due (fine, plus the 加处罚款 once it runs): adds it to the case's
/// payments, totals them and says whether the amount due is paid in full. A partial payment is recorded (history and
/// <c>payments</c>, <c>paidTotal</c>, <c>outstanding</c>) and the case keeps waiting for the rest; the 催告 and enforcement
/// path then concerns the outstanding remainder.</summary>
[Activity(Type, "缴款登记", EnforcementActivities.Category, Mode = ActivityExecutionMode.Inline,
    Description = "登记缴款通知并与应缴金额核对：足额缴纳方可结案；部分缴纳的，登记已缴金额和尚欠金额，案件继续等待缴纳余款（《行政处罚法》第六十七条、第七十二条）。")]
public sealed class PaymentRecordActivity : IActivity
{
    private const string Type = "bpm:payment-record";

    [Input("应缴金额（元）", Required = true, Description = "罚款金额；催告后为罚款加加处罚款（totalDue）。")]
    public decimal AmountDue { get; set; }

    [Input("本次缴款金额（元）", Required = true, Description = "缴款通知中的 paidAmount，最多两位小数，大于 0。")]
    public decimal PaidAmount { get; set; }

    [Input("缴款日期", Description = "缴款通知中的 paidOn（YYYY-MM-DD）。")]
    public string? PaidOn { get; set; }

    [Input("已登记缴款", Description = "此前登记的缴款列表 [{amount, paidOn}]（变量 payments），首次为空。")]
    public List<PaymentEntry>? PreviousPayments { get; set; }

    [Output("缴款记录", Description = "含本次缴款的列表 [{amount, paidOn}]。")]
    public List<PaymentEntry> Payments { get; private set; } = [];

    [Output("已缴总额（元）")]
    public decimal PaidTotal { get; private set; }

    [Output("尚欠金额（元）", Description = "应缴金额减已缴总额，不小于 0。")]
    public decimal Outstanding { get; private set; }

    [Output("是否足额缴纳")]
    public bool FullyPaid { get; private set; }

    [Output("缴款状态", Description = "PAID（足额）或 PARTIAL（部分缴纳）。")]
    public string PaymentStatus { get; private set; } = "";

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (AmountDue < 0) throw InvalidInput.Of(Type, "amountDue", $"must not be negative (got {AmountDue})");
        if (PaidAmount <= 0 || decimal.Round(PaidAmount, 2) != PaidAmount)
            throw InvalidInput.Of(Type, "paidAmount", $"must be a positive amount in yuan with at most two decimals (got {PaidAmount})");
        Payments = [.. PreviousPayments ?? [], new PaymentEntry(PaidAmount, PaidOn)];
        PaidTotal = Payments.Sum(p => p.Amount);
        Outstanding = Math.Max(AmountDue - PaidTotal, 0);
        FullyPaid = Outstanding == 0;
        PaymentStatus = FullyPaid ? "PAID" : "PARTIAL";
        context.Log(FullyPaid
            ? $"足额缴纳：本次 {Yuan(PaidAmount)} 元，累计 {Yuan(PaidTotal)} 元，应缴 {Yuan(AmountDue)} 元"
            : $"部分缴纳：本次 {Yuan(PaidAmount)} 元，累计 {Yuan(PaidTotal)} 元，应缴 {Yuan(AmountDue)} 元，尚欠 {Yuan(Outstanding)} 元，案件继续等待缴纳");
        return ValueTask.CompletedTask;
    }

    private static string Yuan(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
