namespace Bpm.AgencySimulator.Hosting;

/// <summary><c>Bpm:AgencySimulator</c>: whether the simulated agencies run, and how they answer.</summary>
public sealed class AgencySimulatorOptions
{
    public const string Section = "Bpm:AgencySimulator";

    public bool Enabled { get; set; }

    /// <summary>How long an agency takes before it replies (zero: at once).</summary>
    public TimeSpan ReplyDelay { get; set; } = TimeSpan.Zero;

    /// <summary>Share (0–1) of major-penalty filings the justice bureau answers with a correction opinion.</summary>
    public double CorrectionRate { get; set; }

    /// <summary>Share (0–1) of crime transfers the police refuse.</summary>
    public double RefusalRate { get; set; }

    /// <summary>Seed of the random draws for the two rates, so a run can be repeated.</summary>
    public int Seed { get; set; } = 20251013;
}
