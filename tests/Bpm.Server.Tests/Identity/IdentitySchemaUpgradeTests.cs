using System.Data.Common;
using System.Net.Http.Json;
using Bpm.Engine.Persistence.Migrations;
using Bpm.Server.Identity.Storage;
using Bpm.Server.Tests.Api.Identity;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Bpm.Server.Tests.Identity;

/// <summary>The identity tables belong to the identity module (issue 13, item 4; docs/adr/0006): a database the engine's
/// migrations made as main left it, holding people, units, roles, a certificate, training and an integration client but no
/// module history, keeps all of them when the server adopts it, and its people still sign in; on a database without the
/// tables the module's script alone creates them, in the shape the engine's recorded migrations give them.</summary>
public abstract class IdentitySchemaUpgradeTests<TDatabase>(ITestOutputHelper output) where TDatabase : IServerDatabase
{
    private static readonly string[] Tables = ["users", "org_units", "user_certificates", "user_trainings", "integration_clients"];
    private const string Password = "Upgrade-pass-2026";

    [Fact]
    public async Task A_database_main_migrated_keeps_its_people_units_and_roles_and_its_people_still_sign_in()
    {
        await using var database = await OwnDatabase.CreateAsync<TDatabase>();
        var provider = database.Provider;
        await using (var engineOnly = IdentityModuleHost.Build(database))
        {
            await engineOnly.GetRequiredService<DatabaseMigrator>().ReplayAsync(before: null, CancellationToken.None);
            await using var context = await engineOnly.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContextAsync();
            Assert.False(await TableExistsAsync(context, provider, IdentitySchema.HistoryTable));
            await InsertAsMainDidAsync(context, provider);
        }

        var factory = new SeedServerFactory(database, seed: false);
        IAsyncLifetime lifetime = factory;
        await lifetime.InitializeAsync();
        try
        {
            using var officer = await factory.CreateAuthenticatedClientAsync("up-officer", Password);
            var me = await officer.GetObjectAsync("/api/me");
            Assert.Equal(["officer", "reviewer"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));

            using var admin = await factory.CreateAuthenticatedClientAsync();
            var units = (await admin.GetItemsAsync("/api/org-units")).Select(u => (u!["id"]!.GetValue<string>(), u["parentId"]?.GetValue<string>()));
            Assert.Equal([("up-agency", "up-city"), ("up-city", null)], units.Where(u => u.Item1.StartsWith("up-", StringComparison.Ordinal)));

            var user = await admin.GetObjectAsync("/api/users/up-officer");
            Assert.Equal(("升级办案人员", "up-agency", "聘用"),
                (user["displayName"]!.GetValue<string>(), user["organisationId"]!.GetValue<string>(), user["employmentType"]!.GetValue<string>()));
            Assert.Equal(["up-team"], user["groups"]!.AsArray().Select(g => g!.GetValue<string>()));
            Assert.Equal(("A20184101000999", "2019-03-01"),
                (user["qualification"]!["number"]!.GetValue<string>(), user["qualification"]!["obtainedOn"]!.GetValue<string>()));
            Assert.Equal("豫执法-0001", Assert.Single(user["certificates"]!.AsArray())!["number"]!.GetValue<string>());
            Assert.Equal(16.5, Assert.Single(user["trainings"]!.AsArray())!["hours"]!.GetValue<double>());
            var head = await admin.GetObjectAsync("/api/users/up-head");
            Assert.Equal(["head"], head["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
            Assert.False(head["active"]!.GetValue<bool>());
            var client = Assert.Single(await admin.GetItemsAsync("/api/integration-clients"), c => c!["clientId"]!.GetValue<string>() == "up-agency-platform")!;
            Assert.Equal("up-agency", client["organisationId"]!.GetValue<string>());

            // The module adopted the tables: its history records its script, and nothing of the engine's changed.
            await using var context = await factory.Services.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContextAsync();
            Assert.Equal(["0001_identity"], await HistoryAsync(context, IdentitySchema.HistoryTable));
            Assert.Equal(2, await context.Users.CountAsync(u => u.Username.StartsWith("up-")));
            var refused = await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { username = "up-head", password = Password });
            Assert.False(refused.IsSuccessStatusCode, "an inactive user must stay unable to sign in");
        }
        finally
        {
            await lifetime.DisposeAsync();
        }
    }

    [Fact]
    public async Task Without_the_tables_the_module_creates_them_as_the_engine_history_shaped_them()
    {
        await using var moduleOnly = await OwnDatabase.CreateAsync<TDatabase>();
        await using var engineHistory = await OwnDatabase.CreateAsync<TDatabase>();
        var provider = moduleOnly.Provider;
        await using var moduleServices = IdentityModuleHost.Build(moduleOnly);
        await using var engineServices = IdentityModuleHost.Build(engineHistory);

        var schema = moduleServices.GetServices<IModuleSchema>().OfType<IdentitySchema>().Single();
        Assert.Equal(["0001_identity"], await schema.MigrateAsync(CancellationToken.None));
        Assert.Empty(await schema.MigrateAsync(CancellationToken.None));
        await engineServices.GetRequiredService<DatabaseMigrator>().ReplayAsync(before: null, CancellationToken.None);

        await using var created = await moduleServices.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContextAsync();
        await using var history = await engineServices.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContextAsync();
        foreach (var table in Tables)
        {
            var columns = await ColumnsAsync(created, provider, table);
            output.WriteLine($"{table}: {string.Join(", ", columns)}");
            Assert.NotEmpty(columns);
            Assert.Equal(await ColumnsAsync(history, provider, table), columns);
            Assert.Equal(await IndexesAsync(history, provider, table), await IndexesAsync(created, provider, table));
        }
        Assert.False(await TableExistsAsync(created, provider, "process_instances"));

        // Every column the module's model maps is there: a person, a unit, a certificate, training and a client round-trip.
        created.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        created.OrgUnits.Add(new OrgUnitEntity { Id = "new-unit", Name = "新单位", Kind = "department", CreatedAt = DateTimeOffset.UnixEpoch });
        created.Users.Add(new UserEntity
        {
            Username = "new-user", DisplayName = "新用户", Roles = "[\"officer\"]", Groups = "[\"g\"]", OrganisationId = "new-unit",
            QualificationNumber = "Q-1", QualificationObtainedOn = new DateOnly(2020, 5, 1), SecurityStamp = "s", CreatedAt = DateTimeOffset.UnixEpoch,
        });
        created.Certificates.Add(new CertificateEntity
        {
            Number = "C-1", Username = "new-user", Type = "行政执法证", IssuedBy = "省政府", ValidFrom = new DateOnly(2024, 1, 1),
            ValidTo = new DateOnly(2029, 1, 1), Status = "valid",
        });
        created.Trainings.Add(new TrainingEntity { Username = "new-user", Session = "培训", Date = new DateOnly(2025, 3, 1), Hours = 8 });
        created.IntegrationClients.Add(new IntegrationClientEntity
        {
            ClientId = "new-client", Name = "平台", OrganisationId = "new-unit", Scopes = "messages", SecretHash = "h", Active = true,
            CreatedAt = DateTimeOffset.UnixEpoch, CreatedBy = "admin",
        });
        await created.SaveChangesAsync();
        created.ChangeTracker.Clear();
        var user = await created.Users.SingleAsync();
        Assert.Equal((new DateOnly(2020, 5, 1), "new-unit", true), (user.QualificationObtainedOn, user.OrganisationId, user.Active));
        Assert.Equal(new DateOnly(2029, 1, 1), (await created.Certificates.SingleAsync()).ValidTo);
        Assert.Equal(8, (await created.Trainings.SingleAsync()).Hours);
        Assert.Equal("new-unit", (await created.IntegrationClients.SingleAsync()).OrganisationId);
    }

    /// <summary>Rows as main's code wrote them, in plain SQL on the tables the engine's migrations made.</summary>
    private static async Task InsertAsMainDidAsync(IdentityDbContext context, string provider)
    {
        var sqlite = provider == "Sqlite";
        string Time(DateTimeOffset at) => sqlite ? at.UtcTicks.ToString() : $"'{at:O}'";
        string Bool(bool value) => sqlite ? (value ? "1" : "0") : (value ? "true" : "false");
        var at = Time(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
        var hash = new PasswordHasher<UserEntity>().HashPassword(new UserEntity(), Password);
        var rows = $"""
            INSERT INTO org_units (id, name, parent_id, kind, created_at) VALUES ('up-city', '升级市', NULL, 'city', {at});
            INSERT INTO org_units (id, name, parent_id, kind, created_at) VALUES ('up-agency', '升级市市场监管局', 'up-city', 'department', {at});
            INSERT INTO users (username, display_name, password_hash, roles, created_at, organisation_id, groups, employment_type,
                qualification_number, qualification_obtained_on, active, security_stamp)
            VALUES ('up-officer', '升级办案人员', '{hash}', '["officer","reviewer"]', {at}, 'up-agency', '["up-team"]', '聘用',
                'A20184101000999', '2019-03-01', {Bool(true)}, 'stamp-1');
            INSERT INTO users (username, display_name, password_hash, roles, created_at, organisation_id, groups, employment_type,
                qualification_number, qualification_obtained_on, active, security_stamp)
            VALUES ('up-head', '升级负责人', '{hash}', '["head"]', {at}, 'up-agency', '[]', '在编', NULL, NULL, {Bool(false)}, 'stamp-2');
            INSERT INTO user_certificates (number, username, type, issued_by, valid_from, valid_to, status)
            VALUES ('豫执法-0001', 'up-officer', '行政执法证', '河南省人民政府', '2024-01-01', '2029-12-31', 'valid');
            INSERT INTO user_trainings (username, session, date, hours) VALUES ('up-officer', '执法培训', '2025-04-01', 16.5);
            INSERT INTO integration_clients (client_id, name, organisation_id, scopes, secret_hash, active, created_at, created_by, disabled_at)
            VALUES ('up-agency-platform', '升级平台', 'up-agency', 'messages', 'not-a-secret', {Bool(true)}, {at}, 'admin', NULL);
            """;
        await context.Database.ExecuteSqlRawAsync(rows);
    }

    private static async Task<List<string>> ColumnsAsync(DbContext context, string provider, string table) =>
        (await QueryAsync(context, provider == "Sqlite"
            ? $"SELECT name || ' ' || type || ' ' || \"notnull\" || ' ' || coalesce(dflt_value, '') FROM pragma_table_info('{table}')"
            : $"""
              SELECT column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '')
              FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}'
              """)).Order(StringComparer.Ordinal).ToList();

    private static async Task<List<string>> IndexesAsync(DbContext context, string provider, string table) =>
        (await QueryAsync(context, provider == "Sqlite"
            ? $"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = '{table}'"
            : $"SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename = '{table}'")).Order(StringComparer.Ordinal).ToList();

    private static async Task<bool> TableExistsAsync(DbContext context, string provider, string table) =>
        (await QueryAsync(context, provider == "Sqlite"
            ? $"SELECT name FROM sqlite_master WHERE type = 'table' AND name = '{table}'"
            : $"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = '{table}'")).Count > 0;

    private static async Task<List<string>> HistoryAsync(DbContext context, string historyTable) =>
        await QueryAsync(context, $"SELECT version FROM {historyTable} ORDER BY version");

    private static async Task<List<string>> QueryAsync(DbContext context, string sql)
    {
        await context.Database.OpenConnectionAsync();
        try
        {
            await using DbCommand command = context.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            var values = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                values.Add(reader.GetValue(0).ToString()!);
            return values;
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }
}

public sealed class IdentitySchemaUpgradeSqliteTests(ITestOutputHelper output) : IdentitySchemaUpgradeTests<Sqlite>(output);
public sealed class IdentitySchemaUpgradePostgresTests(ITestOutputHelper output) : IdentitySchemaUpgradeTests<Postgres>(output);
