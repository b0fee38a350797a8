using System.Security.Claims;
using System.Security.Cryptography;
using Bpm.Engine.Persistence.Entities;
using Bpm.Server.Auth.Policies;
using Bpm.Server.Identity.Changes;
using Bpm.Server.Identity.Storage;
using Bpm.Server.Problems;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Integration;

/// <summary>Integration clients: created (secret hashed, shown once), listed, disabled by an admin with an audit entry each;
/// checked when a client asks for a token.</summary>
public sealed class IntegrationClientService(IDbContextFactory<IdentityDbContext> contexts, TimeProvider clock)
{
    private readonly PasswordHasher<IntegrationClientEntity> hasher = new();

    public async Task<IReadOnlyList<IntegrationClientResponse>> ListAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return (await db.IntegrationClients.AsNoTracking().OrderBy(c => c.ClientId).ToListAsync(ct)).Select(IntegrationClientResponse.From).ToList();
    }

    public async Task<CreatedIntegrationClientResponse> CreateAsync(NewIntegrationClient request, string actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.OrgUnits.AnyAsync(u => u.Id == request.OrganisationId, ct))
            throw new ApiBadRequestException($"组织机构 {request.OrganisationId} 不存在", "organisationId");
        if (await db.IntegrationClients.AnyAsync(c => c.ClientId == request.ClientId, ct))
            throw new RuleViolationException($"集成客户端 {request.ClientId} 已存在", "integration-client-unique",
                "RFC 6749 §2.2（client_id 在授权服务器内唯一）", "clientId");
        var secret = request.Secret ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var client = new IntegrationClientEntity
        {
            ClientId = request.ClientId, Name = request.Name, OrganisationId = request.OrganisationId,
            Scopes = string.Join(' ', request.Scopes), Active = true, CreatedAt = clock.GetUtcNow(), CreatedBy = actor,
        };
        client.SecretHash = hasher.HashPassword(client, secret);
        db.IntegrationClients.Add(client);
        db.Audit.Add(Audit(actor, "integration-client.created", client.ClientId, null, IntegrationClientResponse.From(client)));
        await db.SaveChangesAsync(ct);
        return new CreatedIntegrationClientResponse(IntegrationClientResponse.From(client), secret);
    }

    /// <summary>Disables the client: its secret no longer gives tokens. False when there is no such client.</summary>
    public async Task<bool> DisableAsync(string clientId, string actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var client = await db.IntegrationClients.FirstOrDefaultAsync(c => c.ClientId == clientId, ct);
        if (client is null) return false;
        if (!client.Active) return true;
        var before = IntegrationClientResponse.From(client);
        client.Active = false;
        client.DisabledAt = clock.GetUtcNow();
        db.IntegrationClients.Update(client);
        db.Audit.Add(Audit(actor, "integration-client.disabled", clientId, before, IntegrationClientResponse.From(client)));
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<bool> IsActiveAsync(string clientId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.IntegrationClients.AnyAsync(c => c.ClientId == clientId && c.Active, ct);
    }

    public async Task<bool> ExistsAsync(string clientId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.IntegrationClients.AnyAsync(c => c.ClientId == clientId, ct);
    }

    /// <summary>The principal of an active client whose secret matches, else null.</summary>
    public async Task<ClaimsPrincipal?> ValidateAsync(string clientId, string secret, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var client = await db.IntegrationClients.AsNoTracking().FirstOrDefaultAsync(c => c.ClientId == clientId, ct);
        if (client is not { Active: true }) return null;
        if (hasher.VerifyHashedPassword(client, client.SecretHash, secret) == PasswordVerificationResult.Failed) return null;
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, "client:" + client.ClientId),
            new(ClaimTypes.NameIdentifier, client.ClientId),
            new(BpmClaims.Client, client.ClientId),
            new(BpmClaims.ClientOrganisation, client.OrganisationId),
            new(BpmClaims.Scope, client.Scopes),
        };
        return new ClaimsPrincipal(new ClaimsIdentity(claims, BearerTokenDefaults.AuthenticationScheme));
    }

    private AuditEntity Audit(string actor, string action, string clientId, object? before, object? after) => new()
    {
        At = clock.GetUtcNow(), Actor = actor, Action = action, Entity = AuditEntities.IntegrationClient, EntityId = clientId,
        Before = AuditJson.Serialize(before), After = AuditJson.Serialize(after),
    };
}
