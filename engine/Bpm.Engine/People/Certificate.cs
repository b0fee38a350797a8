namespace Bpm.Engine.People;

/// <summary>A certificate the directory holds for a person (its kinds and what it qualifies for are the domain module's):
/// valid on a date when its status is <c>valid</c> and the date lies in [ValidFrom, ValidTo].</summary>
public sealed record Certificate(string Number, string Type, string IssuedBy, DateOnly ValidFrom, DateOnly ValidTo, string Status)
{
    public bool IsValidOn(DateOnly date) => Status == "valid" && date >= ValidFrom && date <= ValidTo;
}
