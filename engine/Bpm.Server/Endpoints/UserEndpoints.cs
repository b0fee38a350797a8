using Bpm.Server.Auth.Policies;
using System.Security.Claims;
using Bpm.Server.Identity;
using Bpm.Server.Identity.Requests;
using Bpm.Server.Identity.Responses;
using Bpm.Server.Identity.Vocabulary;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>Users (administrators only): create, read, list by organisation unit and role, update.</summary>
public static class UserEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").RequireAuthorization(BpmPolicies.Admin);
        group.MapPost("", CreateAsync);
        group.MapGet("", async (string? organisationId, string? role, IdentityQueries queries, CancellationToken ct) =>
        {
            var roleFilter = string.IsNullOrEmpty(role) ? null : JsonFields.OneOf(role, "role", IdentityRoles.All);
            var users = await queries.UsersAsync(string.IsNullOrEmpty(organisationId) ? null : organisationId, roleFilter, null, ct);
            return Results.Ok(new ItemsResponse<UserResponse>(users));
        });
        group.MapGet("/{username}", async (string username, IdentityQueries queries, CancellationToken ct) =>
            await queries.UserAsync(username, ct) is { } found ? Results.Ok(found) : ApiProblems.NotFound($"用户 {username} 不存在"));
        group.MapPut("/{username}", UpdateAsync);
        UserRecordEndpoints.Map(group);
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ClaimsPrincipal principal, IdentityService identity,
        IdentityQueries queries, CancellationToken ct)
    {
        var user = IdentityRequests.User(await JsonBody.ReadObjectAsync(request, optional: false, ct));
        await identity.ChangeAsync(Actor.Of(principal), changes => changes.AddUserAsync(user, identity.Hasher(user.Password), ct), ct);
        return Results.Created($"/api/users/{Uri.EscapeDataString(user.Username)}", await queries.UserAsync(user.Username, ct));
    }

    private static async Task<IResult> UpdateAsync(string username, HttpRequest request, ClaimsPrincipal principal, IdentityService identity,
        IdentityQueries queries, CancellationToken ct)
    {
        var update = IdentityRequests.Update(await JsonBody.ReadObjectAsync(request, optional: false, ct), username);
        var hasher = identity.Hasher(update.Password ?? "");
        await identity.ChangeAsync(Actor.Of(principal), changes => changes.UpdateUserAsync(username, update, hasher, ct), ct);
        return Results.Ok(await queries.UserAsync(username, ct));
    }
}
