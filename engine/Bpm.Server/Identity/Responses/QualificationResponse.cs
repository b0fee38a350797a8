using Bpm.Server.Identity.Storage;

namespace Bpm.Server.Identity.Responses;

/// <summary>法律职业资格 (legal professional qualification).</summary>
public sealed record QualificationResponse(string Number, DateOnly ObtainedOn)
{
    public static QualificationResponse? From(UserEntity user) =>
        user is { QualificationNumber: { } number, QualificationObtainedOn: { } obtainedOn } ? new(number, obtainedOn) : null;
}
