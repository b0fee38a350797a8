namespace Bpm.Server.Identity.Requests;

public sealed record NewOrgUnit(string Id, string Name, string? ParentId, string Kind);
