namespace Bpm.Activities.Enforcement.Payments;

/// <summary>One payment received against a penalty: the amount in yuan and the day it was paid.</summary>
public sealed record PaymentEntry(decimal Amount, string? PaidOn);
