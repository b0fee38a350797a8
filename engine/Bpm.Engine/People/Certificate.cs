namespace Bpm.Engine.People;

/// <summary>An enforcement certificate (行政执法证): valid on a date when its status is <c>valid</c> and the date lies in
/// [ValidFrom, ValidTo].</summary>
public sealed record Certificate(string Number, string Type, string IssuedBy, DateOnly ValidFrom, DateOnly ValidTo, string Status)
{
    public bool IsValidOn(DateOnly date) => Status == "valid" && date >= ValidFrom && date <= ValidTo;
}
