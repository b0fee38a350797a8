using Bpm.Engine.People;

namespace Bpm.Server.Tests.Infrastructure;

/// <summary>A small Henan slice: 河南省 → 郑州市 → 金水区 → 金水区市场监管局, and 开封市; officers, heads and a supervisor.</summary>
public sealed class TestPeopleDirectory : IPeopleDirectory
{
    public const string Password = "pw-123456";

    private static readonly Dictionary<string, string?> Parents = new()
    {
        ["henan"] = null,
        ["zhengzhou"] = "henan",
        ["jinshui"] = "zhengzhou",
        ["jinshui-amr"] = "jinshui",
        ["kaifeng"] = "henan",
    };

    public static readonly IReadOnlyList<Person> People =
    [
        Make("officer1", "officer", "jinshui-amr", "officers-jinshui"),
        Make("officer2", "officer", "jinshui-amr", "officers-jinshui"),
        Make("officer3", "officer", "kaifeng", "officers-kaifeng"),
        Make("head1", "head", "jinshui"),
        Make("head-amr", "head", "jinshui-amr"),
        Make("head2", "head", "kaifeng"),
        Make("supervisor1", "supervisor", "zhengzhou"),
        Make("officer-expired", "officer", "jinshui-amr", "officers-jinshui"),
        Make("officer-suspended", "officer", "jinshui-amr", "officers-jinshui"),
        Make("officer-revoked", "officer", "jinshui-amr", "officers-jinshui"),
        Make("officer-hired", "officer", "jinshui-amr", "officers-jinshui") with { EmploymentType = "聘用" },
    ];

    /// <summary>officer1 and officer2 hold valid certificates; the others show each way of not holding one (聘用 holds a
    /// certificate that is valid on its face, so only the employment type refuses them).</summary>
    private static readonly Dictionary<string, Certificate> Certificates = new()
    {
        ["officer1"] = Cert("valid", 2099),
        ["officer2"] = Cert("valid", 2099),
        ["officer-expired"] = Cert("valid", 2020),
        ["officer-suspended"] = Cert("suspended", 2099),
        ["officer-revoked"] = Cert("revoked", 2099),
        ["officer-hired"] = Cert("valid", 2099),
    };

    private static Certificate Cert(string status, int lastYear) =>
        new("豫A" + lastYear, "行政执法证", "河南省人民政府", new DateOnly(2018, 1, 1), new DateOnly(lastYear, 12, 31), status);

    private static Person Make(string username, string role, string organisation, params string[] groups) =>
        new(username, username, [role], groups, organisation, Ancestors(organisation), Person.Permanent);

    private static IReadOnlyList<string> Ancestors(string organisation)
    {
        var result = new List<string>();
        for (var parent = Parents.GetValueOrDefault(organisation); parent is not null; parent = Parents.GetValueOrDefault(parent))
            result.Add(parent);
        return result;
    }

    public Task<Person?> FindAsync(string username, CancellationToken ct) => Task.FromResult(People.FirstOrDefault(p => p.Username == username));

    public Task<IReadOnlyList<Certificate>> CertificatesAsync(string username, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Certificate>>(Certificates.TryGetValue(username, out var certificate) ? [certificate] : []);

    public Task<bool> HasLegalQualificationAsync(string username, CancellationToken ct) => Task.FromResult(false);

    public Task<IReadOnlyList<string>> OrganisationAncestorsAsync(string organisationId, CancellationToken ct) => Task.FromResult(Ancestors(organisationId));

    public Task<IReadOnlyList<string>> OrganisationSubtreeAsync(string organisationId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>(Parents.Keys.Where(unit => unit == organisationId || Ancestors(unit).Contains(organisationId)).ToList());

    public Task<IReadOnlyList<Person>> FindByRoleAsync(string role, string organisationId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Person>>(People.Where(p => p.Roles.Contains(role) && p.OrganisationId == organisationId).ToList());
}
