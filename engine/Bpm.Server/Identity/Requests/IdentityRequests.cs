using System.Text.Json.Nodes;
using Bpm.Server.Identity.Vocabulary;
using Bpm.Server.Problems;
using static Bpm.Server.Identity.Requests.JsonFields;

namespace Bpm.Server.Identity.Requests;

/// <summary>Reads the bodies of the identity API into requests; the shape and format of every field is checked here,
/// what depends on stored data (parents, duplicates, the certificate rule) in <see cref="Changes.IdentityChanges"/>.</summary>
public static class IdentityRequests
{
    /// <summary>Training hours per record: one session rarely exceeds a few days of full-time classes.</summary>
    public const double MaxTrainingHours = 200;

    public static NewOrgUnit OrgUnit(JsonObject body) => new(
        Identifier(Text(body, "id"), "id"),
        Text(body, "name"),
        OptionalText(body, "parentId") is { } parent ? Identifier(parent, "parentId") : null,
        OneOf(Text(body, "kind"), "kind", OrgUnitKinds.All));

    public static NewUser User(JsonObject body)
    {
        var username = Identifier(Text(body, "username"), "username");
        var password = JsonBody.RequiredString(body, "password");
        PasswordPolicy.Check(password, username);
        return new NewUser(
            username,
            password,
            Text(body, "displayName"),
            Identifier(Text(body, "organisationId"), "organisationId"),
            Roles(body) ?? throw new ApiBadRequestException("缺少角色 roles：须列出至少一个角色。", "roles"),
            OptionalList(body, "groups") ?? [],
            OneOf(Text(body, "employmentType"), "employmentType", EmploymentTypes.All));
    }

    public static UserUpdate Update(JsonObject body, string username)
    {
        var password = JsonBody.OptionalString(body, "password");
        if (password is not null)
            PasswordPolicy.Check(password, username);
        return new UserUpdate(
            OptionalText(body, "displayName"),
            OptionalText(body, "organisationId") is { } organisation ? Identifier(organisation, "organisationId") : null,
            Roles(body),
            OptionalList(body, "groups"),
            OptionalText(body, "employmentType") is { } type ? OneOf(type, "employmentType", EmploymentTypes.All) : null,
            OptionalBool(body, "active"),
            password);
    }

    public static NewCertificate Certificate(JsonObject body)
    {
        var validFrom = Date(body, "validFrom");
        var validTo = Date(body, "validTo");
        if (validTo < validFrom)
            throw new ApiBadRequestException("有效期截止日期 validTo 不能早于起始日期 validFrom。", "validTo");
        return new NewCertificate(
            CertificateNumber(Text(body, "number")),
            Text(body, "type"),
            Text(body, "issuedBy"),
            validFrom,
            validTo,
            OptionalText(body, "status") is { } status ? Status(status) : CertificateStatuses.Valid);
    }

    public static string Status(JsonObject body) => Status(Text(body, "status"));

    public static NewQualification Qualification(JsonObject body, DateOnly today)
    {
        var obtainedOn = Date(body, "obtainedOn");
        if (obtainedOn > today)
            throw new ApiBadRequestException("取得日期 obtainedOn 不能晚于今天。", "obtainedOn");
        return new NewQualification(Text(body, "number"), obtainedOn);
    }

    public static NewTraining Training(JsonObject body) =>
        new(Text(body, "session"), Date(body, "date"), PositiveNumber(body, "hours", MaxTrainingHours));

    /// <summary>Certificate numbers appear in routes: any printable text without path or query characters.</summary>
    public static string CertificateNumber(string number) =>
        number.Length <= 64 && number.IndexOfAny(['/', '\\', '?', '#', '%', ' ']) < 0
            ? number
            : throw new ApiBadRequestException(
                $"「{number}」不是有效的证件编号：最多 64 个字符，不能含 '/'、'\\'、'?'、'#'、'%' 或空格。", "number");

    private static string Status(string status) => OneOf(status, "status", CertificateStatuses.All);

    private static IReadOnlyList<string>? Roles(JsonObject body)
    {
        var roles = OptionalList(body, "roles", IdentityRoles.All);
        if (roles is { Count: 0 })
            throw new ApiBadRequestException("角色 roles 须列出至少一个角色。", "roles");
        return roles;
    }
}
