using Bpm.Server.Auth;
using Bpm.Server.Identity.Changes;
using Bpm.Server.Identity.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bpm.Server.Identity.Demo;

/// <summary>Seeds the demo organisations and people when the database has no organisation units (and
/// <c>Bpm:Demo:Seed</c> is not false). Everything, audit records included, is saved in one transaction, so a second
/// start (or a second node starting at the same moment) adds nothing.</summary>
public sealed class DemoDataSeeder(IDbContextFactory<IdentityDbContext> contexts, CredentialValidator credentials, TimeProvider clock,
    IOptions<DemoOptions> options, ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (!options.Value.Seed)
            return;
        await using var context = await contexts.CreateDbContextAsync(ct);
        if (await context.OrgUnits.AnyAsync(ct))
            return;

        var changes = new IdentityChanges(context, DemoPeople.Actor, clock.GetUtcNow());
        foreach (var unit in DemoOrganisation.Units)
            await changes.AddOrgUnitAsync(unit, ct);
        // Hashing is deliberately slow (PBKDF2); every demo user has the same documented password, so one hash serves all.
        string? hash = null;
        string Hash(UserEntity user) => hash ??= credentials.HashPassword(user, DemoPeople.Password);
        foreach (var person in DemoPeople.All)
        {
            await changes.AddUserAsync(person.User, Hash, ct);
            foreach (var certificate in person.Certificates)
                await changes.AddCertificateAsync(person.User.Username, certificate, ct);
            if (person.Qualification is { } qualification)
                await changes.RecordQualificationAsync(person.User.Username, qualification, ct);
            foreach (var training in person.Trainings)
                await changes.AddTrainingAsync(person.User.Username, training, ct);
        }

        try
        {
            await context.SaveChangesAsync(ct);
            logger.LogInformation("Seeded {Units} demo organisation units and {People} demo users (password {Password}).",
                DemoOrganisation.Units.Count, DemoPeople.All.Count, DemoPeople.Password);
        }
        catch (DbUpdateException)
        {
            logger.LogInformation("Demo data was seeded by another node at the same time; nothing added.");
        }
    }
}
