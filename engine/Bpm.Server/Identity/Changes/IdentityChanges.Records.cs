using Bpm.Engine.Runtime;
using Bpm.Server.Identity.Requests;
using Bpm.Server.Identity.Responses;
using Bpm.Server.Identity.Storage;
using Bpm.Server.Identity.Vocabulary;
using Bpm.Server.Problems;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Identity.Changes;

/// <summary>A user's certificates, legal qualification and training records.</summary>
public sealed partial class IdentityChanges
{
    public async Task<CertificateEntity> AddCertificateAsync(string username, NewCertificate request, CancellationToken ct)
    {
        var user = await UserAsync(username, ct);
        if (await context.Certificates.FindAsync([request.Number], ct) is { } existing)
            throw new EngineConflictException(existing.Username == username
                ? $"执法证 {request.Number} 已登记在 {username} 名下。"
                : $"执法证 {request.Number} 已登记在其他人员名下。");
        if (user.EmploymentType != EmploymentTypes.Permanent)
            throw CertificateRuleViolation(username, user.EmploymentType, "employmentType");

        var certificate = new CertificateEntity
        {
            Number = request.Number,
            Username = username,
            Type = request.Type,
            IssuedBy = request.IssuedBy,
            ValidFrom = request.ValidFrom,
            ValidTo = request.ValidTo,
            Status = request.Status,
        };
        context.Certificates.Add(certificate);
        Audit("certificate.added", AuditEntities.User, username, null, CertificateResponse.From(certificate));
        return certificate;
    }

    /// <summary>Suspend (暂扣), revoke (取消, final) or restore a suspended certificate.</summary>
    public async Task<CertificateEntity> ChangeCertificateStatusAsync(string username, string number, string status, CancellationToken ct)
    {
        var user = await UserAsync(username, ct);
        var certificate = await context.Certificates.AsTracking().FirstOrDefaultAsync(c => c.Number == number && c.Username == username, ct)
            ?? throw new EngineNotFoundException($"人员 {username} 没有编号为 {number} 的执法证。");
        if (certificate.Status == status)
            return certificate;
        if (certificate.Status == CertificateStatuses.Revoked)
            throw new EngineConflictException($"执法证 {number} 已吊销；吊销的证件不能恢复或暂扣，须重新核发。");
        if (status == CertificateStatuses.Valid && user.EmploymentType != EmploymentTypes.Permanent)
            throw CertificateRuleViolation(username, user.EmploymentType, "status");

        var before = CertificateResponse.From(certificate);
        certificate.Status = status;
        Audit("certificate.status-changed", AuditEntities.User, username, before, CertificateResponse.From(certificate));
        return certificate;
    }

    /// <summary>Records or replaces the user's 法律职业资格; true when the user had none before.</summary>
    public async Task<bool> RecordQualificationAsync(string username, NewQualification request, CancellationToken ct)
    {
        var user = await UserAsync(username, ct);
        var before = QualificationResponse.From(user);
        user.QualificationNumber = request.Number;
        user.QualificationObtainedOn = request.ObtainedOn;
        Audit("qualification.recorded", AuditEntities.User, username, before, QualificationResponse.From(user));
        return before is null;
    }

    public async Task<TrainingEntity> AddTrainingAsync(string username, NewTraining request, CancellationToken ct)
    {
        await UserAsync(username, ct);
        if (await context.Trainings.FindAsync([username, request.Session, request.Date], ct) is not null)
            throw new EngineConflictException($"{username} 已有 {request.Date:yyyy-MM-dd}「{request.Session}」的培训记录。");
        var training = new TrainingEntity { Username = username, Session = request.Session, Date = request.Date, Hours = request.Hours };
        context.Trainings.Add(training);
        Audit("training.added", AuditEntities.User, username, null, TrainingResponse.From(training));
        return training;
    }

    private static RuleViolationException CertificateRuleViolation(string username, string employmentType, string field) =>
        new(CertificateRule.Explain(username, employmentType), CertificateRule.Name, CertificateRule.Law, field);
}
