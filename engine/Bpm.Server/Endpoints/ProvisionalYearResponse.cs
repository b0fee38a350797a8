namespace Bpm.Server.Endpoints;

/// <summary>A national calendar year in use whose holidays are computed, not yet entered from the State Council notice.</summary>
public sealed record ProvisionalYearResponse(int Year, string Basis);
