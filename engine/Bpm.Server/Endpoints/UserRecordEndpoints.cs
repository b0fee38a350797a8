using System.Security.Claims;
using Bpm.Server.Identity;
using Bpm.Server.Identity.Requests;
using Bpm.Server.Identity.Responses;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>A user's enforcement certificates, legal qualification and training records (under <c>/users/{username}</c>).</summary>
public static class UserRecordEndpoints
{
    public static void Map(RouteGroupBuilder users)
    {
        users.MapPost("/{username}/certificates", async (string username, HttpRequest request, ClaimsPrincipal principal,
            IdentityService identity, CancellationToken ct) =>
        {
            var certificate = IdentityRequests.Certificate(await JsonBody.ReadObjectAsync(request, optional: false, ct));
            var added = await identity.ChangeAsync(Actor.Of(principal), changes => changes.AddCertificateAsync(username, certificate, ct), ct);
            return Results.Created($"/api/users/{Uri.EscapeDataString(username)}/certificates/{Uri.EscapeDataString(added.Number)}",
                CertificateResponse.From(added));
        });
        users.MapPut("/{username}/certificates/{number}", async (string username, string number, HttpRequest request,
            ClaimsPrincipal principal, IdentityService identity, CancellationToken ct) =>
        {
            var status = IdentityRequests.Status(await JsonBody.ReadObjectAsync(request, optional: false, ct));
            var changed = await identity.ChangeAsync(Actor.Of(principal),
                changes => changes.ChangeCertificateStatusAsync(username, number, status, ct), ct);
            return Results.Ok(CertificateResponse.From(changed));
        });
        users.MapPost("/{username}/qualification", async (string username, HttpRequest request, ClaimsPrincipal principal,
            IdentityService identity, CancellationToken ct) =>
        {
            var qualification = IdentityRequests.Qualification(await JsonBody.ReadObjectAsync(request, optional: false, ct), identity.Today);
            var created = await identity.ChangeAsync(Actor.Of(principal), changes => changes.RecordQualificationAsync(username, qualification, ct), ct);
            var body = new QualificationResponse(qualification.Number, qualification.ObtainedOn);
            return created ? Results.Created($"/api/users/{Uri.EscapeDataString(username)}", body) : Results.Ok(body);
        });
        users.MapPost("/{username}/trainings", async (string username, HttpRequest request, ClaimsPrincipal principal,
            IdentityService identity, CancellationToken ct) =>
        {
            var training = IdentityRequests.Training(await JsonBody.ReadObjectAsync(request, optional: false, ct));
            var added = await identity.ChangeAsync(Actor.Of(principal), changes => changes.AddTrainingAsync(username, training, ct), ct);
            return Results.Created($"/api/users/{Uri.EscapeDataString(username)}", TrainingResponse.From(added));
        });
    }
}
