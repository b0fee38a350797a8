using Bpm.AgencySimulator.Hosting;
using Microsoft.Extensions.Options;

namespace Bpm.AgencySimulator.Agencies;

/// <summary>Decides the unfavourable answers. A case number ending in <c>-C</c> gets a correction opinion on its first filing
/// (a re-filing after that opinion, which answers it, is acknowledged) and one ending in <c>-R</c> is always refused by the
/// police (tests and demos use these); any other is drawn with the configured rate from a random generator seeded by
/// <see cref="AgencySimulatorOptions.Seed"/>.</summary>
public sealed class SimulatorRules(IOptions<AgencySimulatorOptions> options)
{
    public const string CorrectionSuffix = "-C";
    public const string RefusalSuffix = "-R";

    private readonly Random random = new(options.Value.Seed);
    private readonly Lock gate = new();

    private readonly HashSet<string> corrected = new(StringComparer.Ordinal);

    public bool WantsCorrection(string caseNumber)
    {
        if (!caseNumber.EndsWith(CorrectionSuffix, StringComparison.OrdinalIgnoreCase)) return Draw(options.Value.CorrectionRate);
        lock (gate) return corrected.Add(caseNumber);
    }

    public bool Refuses(string caseNumber) =>
        caseNumber.EndsWith(RefusalSuffix, StringComparison.OrdinalIgnoreCase) || Draw(options.Value.RefusalRate);

    private bool Draw(double rate)
    {
        if (rate <= 0) return false;
        lock (gate) return random.NextDouble() < rate;
    }
}
