namespace Bpm.Activities.Enforcement.StatutoryDeadlines;

/// <summary>One statutory period of the catalogue: its key (also the default deadline name, so it must be a FEEL name),
/// Chinese name, length and how the days count, the provision it comes from, and how far it may be extended (0: not).</summary>
public sealed record StatutoryPeriod(string Key, string Name, int Days, string Unit, string Statute, int ExtensionDays = 0);
