namespace Bpm.AgencySimulator.Injection;

/// <summary>A supervision opinion the simulated justice bureau sends to BPM (demo input); the deadline is in calendar days.</summary>
public sealed record SupervisionOpinionInjection(string CaseNumber, string? Finding = null, string? RequiredCorrection = null,
    int DeadlineDays = 30);
