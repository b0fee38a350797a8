using Bpm.Server.Auth;
using Bpm.Server.Identity.Storage;

namespace Bpm.Server.Identity.Responses;

/// <summary><c>GET /api/users/{username}</c>: the user without the password hash, with certificates, qualification and
/// training records.</summary>
public sealed record UserResponse(string Username, string DisplayName, string? OrganisationId, IReadOnlyList<string> Roles,
    IReadOnlyList<string> Groups, string EmploymentType, bool Active, DateTimeOffset CreatedAt, QualificationResponse? Qualification,
    IReadOnlyList<CertificateResponse> Certificates, IReadOnlyList<TrainingResponse> Trainings)
{
    public static UserResponse From(UserEntity user, IEnumerable<CertificateEntity> certificates, IEnumerable<TrainingEntity> trainings) =>
        new(user.Username, user.DisplayName, user.OrganisationId, RoleList.Parse(user.Roles), RoleList.Parse(user.Groups),
            user.EmploymentType, user.Active, user.CreatedAt, QualificationResponse.From(user),
            certificates.OrderBy(c => c.ValidFrom).ThenBy(c => c.Number, StringComparer.Ordinal).Select(CertificateResponse.From).ToList(),
            trainings.OrderBy(t => t.Date).ThenBy(t => t.Session, StringComparer.Ordinal).Select(TrainingResponse.From).ToList());
}
