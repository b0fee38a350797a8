using Bpm.Server.Identity.Storage;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.Api.Identity;

/// <summary>The demo seed runs on a database without organisation units, once: a second start adds nothing, and
/// <c>Bpm:Demo:Seed=false</c> leaves only the admin.</summary>
public abstract class DemoSeedTests<TDatabase> where TDatabase : IServerDatabase
{
    private sealed record Counts(int Units, int Users, int Certificates, int Trainings, int Audit);

    [Fact]
    public async Task Starting_twice_seeds_once()
    {
        await using var database = await OwnDatabase.CreateAsync<TDatabase>();
        var first = await StartAndCountAsync(database, seed: true);
        var second = await StartAndCountAsync(database, seed: true);

        Assert.Equal(first, second);
        // 13 units of the enforcement tree and 3 agencies that send messages (disclosure platform, police, 12345 hotline).
        Assert.Equal(16, first.Units);
        Assert.Equal(18, first.Users);
        Assert.Equal(9, first.Certificates);
        Assert.True(first.Trainings > 10);
        // + one integration-client.created entry per demo integration client.
        Assert.Equal(first.Units + first.Users - 1 + first.Certificates + first.Trainings + 3 + 5, first.Audit);
    }

    [Fact]
    public async Task Seeding_can_be_switched_off()
    {
        await using var database = await OwnDatabase.CreateAsync<TDatabase>();
        var counts = await StartAndCountAsync(database, seed: false);
        Assert.Equal(new Counts(0, 1, 0, 0, 0), counts);
    }

    private static async Task<Counts> StartAndCountAsync(OwnDatabase database, bool seed)
    {
        var factory = new SeedServerFactory(database, seed);
        IAsyncLifetime lifetime = factory;
        await lifetime.InitializeAsync();
        try
        {
            // Signing in proves the server started (and ran its start-up seed).
            using var client = await factory.CreateAuthenticatedClientAsync(seed ? "zhangwei" : "admin",
                seed ? IdentityApiTestBase.DemoPassword : "admin");
            var contexts = factory.Services.GetRequiredService<IDbContextFactory<IdentityDbContext>>();
            await using var context = await contexts.CreateDbContextAsync();
            return new Counts(await context.OrgUnits.CountAsync(), await context.Users.CountAsync(), await context.Certificates.CountAsync(),
                await context.Trainings.CountAsync(),
                // The sign-in above is audited too; only the seed's records count here.
                await context.Audit.CountAsync(a => a.Entity != Bpm.Server.Identity.Changes.AuditEntities.SignIn));
        }
        finally
        {
            await lifetime.DisposeAsync();
        }
    }
}

public sealed class DemoSeedSqliteTests : DemoSeedTests<Sqlite>;
public sealed class DemoSeedPostgresTests : DemoSeedTests<Postgres>;
