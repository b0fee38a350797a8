namespace Bpm.Server.Identity.Vocabulary;

/// <summary>Kinds of organisation unit: governments (province, city, county), their departments and the departments'
/// internal units.</summary>
public static class OrgUnitKinds
{
    public const string Province = "province";
    public const string City = "city";
    public const string County = "county";
    public const string Department = "department";
    public const string Unit = "unit";

    public static readonly string[] All = [Province, City, County, Department, Unit];
}
