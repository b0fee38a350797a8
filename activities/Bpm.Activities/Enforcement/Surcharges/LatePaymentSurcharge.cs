namespace Bpm.Activities.Enforcement.Surcharges;

/// <summary>加处罚款 (行政处罚法第七十二条第一款第一项, 行政强制法第四十五条): 3% of the fine for each calendar day after the payment
/// due date up to and including the day of calculation, not counting days inside a pause (复议/诉讼, 第七十三条), and never
/// more than the fine itself.</summary>
/// <remarks>Rounding: all amounts are decimal yuan. The uncapped surcharge is fine × 3% × days, computed exactly and
/// rounded once to the fen (0.01) half away from zero (四舍五入); it is then capped at the fine. A fine with more than
/// two decimals is refused by the activity.</remarks>
public static class LatePaymentSurcharge
{
    public const decimal DailyRate = 0.03m;

    public static SurchargeCalculation Calculate(decimal fine, DateOnly dueDate, DateOnly asOf, IEnumerable<PausePeriod> pauses)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fine);
        var paused = pauses.ToList();
        var days = 0;
        for (var day = dueDate.AddDays(1); day <= asOf; day = day.AddDays(1))
        {
            if (!paused.Any(p => day >= p.From && day <= (p.To ?? asOf))) days++;
        }
        var uncapped = Math.Round(fine * DailyRate * days, 2, MidpointRounding.AwayFromZero);
        var capped = uncapped > fine;
        var surcharge = capped ? fine : uncapped;
        return new SurchargeCalculation(surcharge, days, capped, fine + surcharge);
    }
}
