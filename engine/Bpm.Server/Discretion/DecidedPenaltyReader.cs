using System.Globalization;
using System.Text.Json.Nodes;

namespace Bpm.Server.Discretion;

/// <summary>Reads a penalty case's variables as its decision: a case has decided once the decision step recorded
/// <c>discretionDeviation</c> (行政处罚一般程序 and both 简易程序 models, workflows/). The fine is the summary procedure's
/// <c>summaryDecision.fineAmount</c>, else <c>fineAmount</c>, and counts only when the decision is a fine (<c>penaltyKind</c>
/// Fine or absent, the demo model's <c>penaltyType</c> fine or absent).</summary>
public static class DecidedPenaltyReader
{
    public static DecidedPenalty? Read(JsonObject variables, string procedure, string? organisationId)
    {
        if (variables["discretionDeviation"] is null)
            return null;
        var summary = variables["summaryDecision"] as JsonObject;
        var benchmark = variables["discretionBenchmark"] as JsonObject;
        var fine = IsFine(variables) ? Number(summary is null ? variables["fineAmount"] : summary["fineAmount"]) : null;
        var minFine = Number(benchmark?["minFine"]);
        var maxFine = Number(benchmark?["maxFine"]);
        var position = DiscretionPosition.Of(fine, minFine, maxFine);
        var reasoned = position is DiscretionPosition.Above or DiscretionPosition.Below
            && Text(variables["discretionReason"]) is { Length: > 0 } reason && !string.IsNullOrWhiteSpace(reason);
        var decidedOn = Day(Text(summary?["decisionDate"]) ?? Text(variables["decisionDate"]) ?? Text(variables["decidedOn"]));
        return new DecidedPenalty(procedure, Text(variables["violationType"]), organisationId, minFine, maxFine, fine, position, reasoned, decidedOn);
    }

    /// <summary>A fine unless the kind says otherwise: the general procedure may leave the kind out for a plain fine.</summary>
    private static bool IsFine(JsonObject variables) =>
        (Text(variables["penaltyKind"]) is null or "Fine") && (Text(variables["penaltyType"]) is null or "fine");

    private static decimal? Number(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<decimal>(out var number) ? number : null;

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static DateOnly? Day(string? date) =>
        date is { Length: >= 10 } && DateOnly.TryParseExact(date[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}
