using Bpm.Engine.Deadlines;

namespace Bpm.Activities.Enforcement.StatutoryDeadlines;

/// <summary>The built-in periods with the configured settings laid over them (see <see cref="StatutoryPeriodOptions"/>).</summary>
public sealed class StatutoryPeriodCatalogue
{
    private readonly Dictionary<string, StatutoryPeriod> _byKey = new(StringComparer.Ordinal);

    /// <exception cref="InvalidOperationException">A setting is incomplete or out of range; the message names its key.</exception>
    public StatutoryPeriodCatalogue(StatutoryPeriodOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var period in BuiltInStatutoryPeriods.All) _byKey[period.Key] = period;
        foreach (var (key, setting) in options.Periods)
            _byKey[key] = Apply(key, _byKey.GetValueOrDefault(key), setting);
    }

    public IReadOnlyCollection<StatutoryPeriod> All => _byKey.Values;

    public StatutoryPeriod? Find(string key) => _byKey.GetValueOrDefault(key);

    private static StatutoryPeriod Apply(string key, StatutoryPeriod? builtIn, StatutoryPeriodSetting setting)
    {
        var where = $"{StatutoryPeriodOptions.Section}:Periods:{key}";
        if (key.Length == 0 || !key.All(c => char.IsLetterOrDigit(c) || c == '_'))
            throw new InvalidOperationException($"{where}: a period key must consist of letters, digits and '_' (it names a FEEL variable).");
        var days = setting.Days ?? builtIn?.Days ?? throw new InvalidOperationException($"{where}:Days is required for a new period.");
        var unit = setting.Unit?.Trim().ToUpperInvariant() ?? builtIn?.Unit
            ?? throw new InvalidOperationException($"{where}:Unit is required for a new period.");
        var statute = setting.Statute ?? builtIn?.Statute ?? throw new InvalidOperationException($"{where}:Statute is required for a new period.");
        if (days < 0) throw new InvalidOperationException($"{where}:Days must not be negative (got {days}).");
        if (!DeadlineUnits.IsKnown(unit)) throw new InvalidOperationException($"{where}:Unit must be WORKING or CALENDAR (got '{setting.Unit}').");
        var extension = setting.ExtensionDays ?? builtIn?.ExtensionDays ?? 0;
        if (extension < 0) throw new InvalidOperationException($"{where}:ExtensionDays must not be negative (got {extension}).");
        return new StatutoryPeriod(key, setting.Name ?? builtIn?.Name ?? key, days, unit, statute, extension);
    }
}
