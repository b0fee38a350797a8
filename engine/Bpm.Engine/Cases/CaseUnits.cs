namespace Bpm.Engine.Cases;

/// <summary>The units whose cases a caller may act on (<see cref="Act"/>) and read (<see cref="Read"/>, which includes
/// <see cref="Act"/>).</summary>
public sealed record CaseUnits(IReadOnlySet<string> Act, IReadOnlySet<string> Read);
