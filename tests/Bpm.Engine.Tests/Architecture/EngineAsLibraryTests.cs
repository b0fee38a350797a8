using System.Text.RegularExpressions;
using Bpm.Bus.Contracts;
using Bpm.Engine.Deployment;
using Bpm.Engine.Hosting;
using Bpm.Engine.Messaging;
using Bpm.Engine.People;
using Bpm.Engine.People.Organisations;
using Bpm.Engine.People.Training;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Migrations;
using Bpm.Engine.Runtime;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static Bpm.Engine.Tests.Messaging.OutboundBpmn;

namespace Bpm.Engine.Tests.Architecture;

/// <summary>The engine is a library (issue 13, item 4): it does not reference the agency contracts; the messaging plugs
/// them in behind <see cref="IMessageContracts"/>, in either registration order, and the engine runs without them; the
/// public-disclosure table is the disclosure module's (engine/Bpm.Server/Disclosure/Storage) and the identity tables are the
/// identity module's (engine/Bpm.Server/Identity/Storage).</summary>
public abstract class EngineAsLibraryTests(DatabaseProvider provider)
{
    private static readonly string[] IdentityTables = ["users", "org_units", "user_certificates", "user_trainings", "integration_clients"];

    /// <summary>The engine's recorded migrations that created or changed the identity tables before they moved to the
    /// identity module; they are history and stay as they ran (docs/adr/0006). No other engine script may name them.</summary>
    private static readonly string[] RecordedIdentityScripts = ["0001_initial", "0005_identity", "0014_sign_in_security", "0015_integration_clients"];

    [Fact]
    public async Task An_engine_only_host_on_a_new_database_has_no_identity_tables()
    {
        await using var h = await EngineHarness.StartIsolatedAsync(provider);
        await using var context = await h.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>().CreateDbContextAsync();
        var tables = provider == DatabaseProvider.Sqlite
            ? "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'"
            : "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public'";

        var names = await context.Database.SqlQueryRaw<string>(tables).ToListAsync();

        Assert.Contains("process_instances", names);
        Assert.Empty(names.Intersect(IdentityTables));
    }

    private static DbContextOptions BuildOptions(Type contextType)
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        return builder.UseSqlite("Data Source=:memory:").Options;
    }

    private static string WithoutComments(string sql) => Regex.Replace(sql, "--[^\n]*", "");

    [Fact]
    public async Task Without_message_contracts_a_send_task_naming_one_is_an_unknown_task_type()
    {
        await using var h = await EngineHarness.StartAsync(provider,
            services => services.Replace(ServiceDescriptor.Singleton<IMessageContracts, NoMessageContracts>()));

        var rejected = await Assert.ThrowsAsync<DeploymentRejectedException>(() => h.DeployAsync(Bpmn.Process("library_no_contracts", $"""
            <bpmn:startEvent id="start" />
            {SendTask("file", Filing, FilingInputs())}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "file", "end")}
            """)));

        Assert.Contains(rejected.Errors, e => e.ElementId == "file" && e.Message.Contains($"没有注册任务类型为「{Filing}」的活动"));
    }

    /// <summary>The tests of this class that do not run on each database: they run once.</summary>
    public sealed class WithoutDatabase
    {
        [Fact]
        public void The_engine_assembly_does_not_reference_the_agency_contracts()
        {
            var references = typeof(IProcessEngine).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
            Assert.DoesNotContain("Bpm.Contracts", references);
            Assert.DoesNotContain("Bpm.Bus", references);
        }

        [Fact]
        public void The_engine_owns_no_public_disclosure_type_or_table()
        {
            var engine = typeof(IProcessEngine).Assembly;
            Assert.DoesNotContain(engine.GetTypes(), t => t.FullName!.Contains("Disclosure", StringComparison.Ordinal));
            using var context = new BpmDbContext(new DbContextOptionsBuilder<BpmDbContext>().UseSqlite("Data Source=:memory:").Options);
            Assert.DoesNotContain(context.Model.GetEntityTypes(), e => e.GetTableName() == "public_disclosure_entries");
            Assert.DoesNotContain(DatabaseMigrator.LoadScripts(DatabaseProvider.Sqlite).Concat(DatabaseMigrator.LoadScripts(DatabaseProvider.Postgres)),
                s => s.Sql.Contains("CREATE TABLE public_disclosure_entries", StringComparison.Ordinal));
        }

        [Fact]
        public void No_engine_context_maps_an_identity_table()
        {
            var contexts = typeof(IProcessEngine).Assembly.GetTypes()
                .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(DbContext))).ToList();
            Assert.Contains(typeof(BpmDbContext), contexts);
            foreach (var type in contexts)
            {
                using var context = (DbContext)Activator.CreateInstance(type, BuildOptions(type))!;
                var mapped = context.Model.GetEntityTypes().Select(e => e.GetTableName()).ToList();
                Assert.DoesNotContain(mapped, table => IdentityTables.Contains(table));
                Assert.NotEmpty(mapped);
            }
        }

        [Fact]
        public void Only_the_recorded_engine_migrations_name_an_identity_table()
        {
            var naming = new Regex($@"\b({string.Join('|', IdentityTables)})\b", RegexOptions.IgnoreCase);
            var scripts = DatabaseMigrator.LoadScripts(DatabaseProvider.Sqlite).Concat(DatabaseMigrator.LoadScripts(DatabaseProvider.Postgres)).ToList();
            Assert.Contains(scripts, s => s.Version == "0005_identity" && naming.IsMatch(WithoutComments(s.Sql)));
            var offending = scripts.Where(s => !RecordedIdentityScripts.Contains(s.Version) && naming.IsMatch(WithoutComments(s.Sql)))
                .Select(s => s.Version).ToList();
            Assert.Empty(offending);
        }

        [Fact]
        public void Without_an_identity_module_the_engine_knows_nobody()
        {
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddBpmEngine(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Bpm"] = "Data Source=:memory:",
            }).Build());
            using var provider = services.BuildServiceProvider();

            Assert.IsType<NoPeopleDirectory>(provider.GetRequiredService<IPeopleDirectory>());
            Assert.IsType<NoOrganisationUnitQueries>(provider.GetRequiredService<IOrganisationUnitQueries>());
            Assert.IsType<NoStaffTrainingQueries>(provider.GetRequiredService<IStaffTrainingQueries>());
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void The_agency_contracts_replace_the_engine_stand_in_in_either_registration_order(bool contractsFirst)
        {
            var services = new ServiceCollection();
            services.AddLogging();
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Bpm"] = "Data Source=:memory:",
            }).Build();
            if (contractsFirst) services.AddBpmMessageContracts();
            services.AddBpmEngine(configuration);
            if (!contractsFirst) services.AddBpmMessageContracts();
            using var provider = services.BuildServiceProvider();

            var contracts = provider.GetRequiredService<IMessageContracts>();
            Assert.Equal(new MessageContractInfo(Filing, SentByBpm: true), contracts.Find(Filing));
            Assert.Single(services, d => d.ServiceType == typeof(IMessageContracts));
        }
    }
}

public sealed class EngineAsLibrarySqliteTests() : EngineAsLibraryTests(DatabaseProvider.Sqlite);
public sealed class EngineAsLibraryPostgresTests() : EngineAsLibraryTests(DatabaseProvider.Postgres);
