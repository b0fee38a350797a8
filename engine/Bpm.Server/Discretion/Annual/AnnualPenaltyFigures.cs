namespace Bpm.Server.Discretion.Annual;

/// <summary>The figures of the 行政执法统计年报 the system knows, for one unit (and the units below it) and one year, from
/// <c>decided_penalties</c>: penalties decided, by procedure, the fines in yuan, the decisions outside the discretion
/// benchmark's range and how many of those were reasoned.</summary>
public sealed record AnnualPenaltyFigures(int Year, string? OrganisationId, int PenaltyCount, int GeneralProcedureCount,
    int SummaryProcedureCount, decimal FineTotal, int BenchmarkDeviationCount, int DeviationReasonedCount)
{
    /// <summary>The report form's fields these figures prefill (and whose changes are recorded).</summary>
    public static readonly IReadOnlyList<string> FormFields =
        ["penaltyCount", "generalProcedureCount", "summaryProcedureCount", "fineTotal", "benchmarkDeviationCount", "deviationReasonedCount"];
}
