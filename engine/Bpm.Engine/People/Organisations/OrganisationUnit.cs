namespace Bpm.Engine.People.Organisations;

/// <summary>A unit of the organisation tree (docs/people.md): <see cref="Kind"/> is province, city, county, department or unit.</summary>
public sealed record OrganisationUnit(string Id, string Name, string? ParentId, string Kind);
