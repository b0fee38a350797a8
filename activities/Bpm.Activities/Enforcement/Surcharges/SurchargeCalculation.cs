namespace Bpm.Activities.Enforcement.Surcharges;

/// <summary>The result of <see cref="LatePaymentSurcharge.Calculate"/>.</summary>
public sealed record SurchargeCalculation(decimal Surcharge, int DaysCounted, bool Capped, decimal TotalDue);
