using Bpm.Engine.People;

namespace Bpm.Server.Identity.Vocabulary;

/// <summary>Employment types (用工性质). Only 在编 staff may hold enforcement certificates.</summary>
public static class EmploymentTypes
{
    public const string Permanent = Person.Permanent;
    public const string Contracted = "聘用";
    public const string LabourContract = "劳动合同";
    public const string Support = "工勤";
    public const string Temporary = "临时";

    public static readonly string[] All = [Permanent, Contracted, LabourContract, Support, Temporary];
}
