namespace Bpm.AgencySimulator.Injection;

/// <summary>A complaint the simulated 12345 hotline forwards to BPM (demo input).</summary>
public sealed record ComplaintInjection(string CaseNumber, string Content, string? ComplainantName = null, string? RelatedCaseNumber = null);
