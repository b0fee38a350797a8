using Bpm.Engine.People;

namespace Bpm.Enforcement.Qualification;

/// <summary>Whether a user may carry out enforcement work on a date: an active user, 在编 (permanent staff), holding an
/// enforcement certificate valid on that date. Shared by the user-task assignment rules and the officer qualification
/// check activity.</summary>
public static class OfficerQualification
{
    public const string Law =
        "《中华人民共和国行政处罚法》第四十二条（行政处罚应当由具有行政执法资格的执法人员实施）；《河南省行政执法条例》第二十条、第二十一条";

    public const string TeamLaw = "《中华人民共和国行政处罚法》第四十二条（执法人员不得少于两人，法律另有规定的除外）";

    /// <summary>Null when qualified, else the reason in Chinese (with an English gloss).</summary>
    public static async Task<string?> ProblemAsync(IPeopleDirectory people, string username, DateOnly date, CancellationToken ct)
    {
        var person = await people.FindAsync(username, ct);
        if (person is null) return "不是在职人员";
        if (person.EmploymentType != Person.Permanent) return $"用工性质为「{person.EmploymentType}」，不是在编人员";
        if (!(await people.CertificatesAsync(username, ct)).Any(c => c.IsValidOn(date)))
            return $"没有在 {date:yyyy-MM-dd} 有效的行政执法证（证件过期、暂扣或吊销）";
        return null;
    }
}
