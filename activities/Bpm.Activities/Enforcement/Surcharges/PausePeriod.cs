namespace Bpm.Activities.Enforcement.Surcharges;

/// <summary>Days on which the surcharge does not run (复议/诉讼 pending), <see cref="From"/> to <see cref="To"/> inclusive;
/// an open period (no <see cref="To"/>) runs to the day of the calculation.</summary>
public sealed record PausePeriod(DateOnly From, DateOnly? To);
