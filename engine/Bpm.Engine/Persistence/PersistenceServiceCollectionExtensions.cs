using Bpm.Engine.People;
using Bpm.Engine.People.Organisations;
using Bpm.Engine.People.Training;
using Bpm.Engine.Persistence.Migrations;
using Bpm.Engine.Persistence.Queries;
using Bpm.Engine.Persistence.Store;
using Bpm.Engine.Queries;
using Bpm.Engine.Records;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bpm.Engine.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>Registers the database (SQLite by default, PostgreSQL when <c>Bpm:Database:Provider</c> is Postgres),
    /// a pooled <see cref="IDbContextFactory{BpmDbContext}"/>, <see cref="IEngineStore"/>, <see cref="IEngineQueries"/>,
    /// <see cref="DatabaseMigrator"/>, and stand-ins for the people directory (nobody is known) until an identity module
    /// replaces them.</summary>
    public static IServiceCollection AddBpmPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new DatabaseOptions();
        var provider = configuration["Bpm:Database:Provider"];
        if (!string.IsNullOrWhiteSpace(provider))
        {
            options.Provider = provider.Trim().ToLowerInvariant() switch
            {
                "sqlite" => DatabaseProvider.Sqlite,
                "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
                _ => throw new InvalidOperationException($"Unknown Bpm:Database:Provider '{provider}' (use Sqlite or Postgres)."),
            };
        }
        var connectionString = configuration.GetConnectionString("Bpm");
        if (!string.IsNullOrWhiteSpace(connectionString))
            options.ConnectionString = connectionString;
        else if (options.Provider == DatabaseProvider.Postgres)
            throw new InvalidOperationException("ConnectionStrings:Bpm is required for the Postgres provider.");

        if (options.Provider == DatabaseProvider.Sqlite)
            EnsureSqliteDirectory(options.ConnectionString);

        services.TryAddSingleton(options);
        services.AddPooledDbContextFactory<BpmDbContext>(builder => Configure(builder, options));
        services.TryAddSingleton<IEngineStore, EngineStore>();
        services.TryAddSingleton<EngineQueries>();
        services.TryAddSingleton<IEngineQueries>(sp => sp.GetRequiredService<EngineQueries>());
        services.TryAddSingleton<IElementStatisticsQueries, ElementStatisticsQueries>();
        services.TryAddSingleton<DatabaseMigrator>();
        services.TryAddSingleton<ModuleSchemaMigrator>();
        services.TryAddSingleton<IPeopleDirectory, NoPeopleDirectory>();
        services.TryAddSingleton<ICaseLabelNumbers, NoCaseLabelNumbers>();
        services.TryAddSingleton<IClosedCaseQueries, ClosedCaseQueries>();
        services.TryAddSingleton<IStaffTrainingQueries, NoStaffTrainingQueries>();
        services.TryAddSingleton<IOrganisationUnitQueries, NoOrganisationUnitQueries>();
        return services;
    }

    private static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options) =>
        builder.UseBpmAuditChain().UseBpmDatabase(options);

    /// <summary>Points a module's own DbContext at the engine's database, configured as the engine's (no tracking, SQLite
    /// pragmas, PostgreSQL auto-prepare): a module with tables of its own registers its context with this.</summary>
    public static DbContextOptionsBuilder UseBpmDatabase(this DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        if (options.Provider == DatabaseProvider.Sqlite)
            builder.UseSqlite(options.ConnectionString).AddInterceptors(new SqlitePragmaInterceptor());
        else
            builder.UseNpgsql(WithAutoPrepare(options.ConnectionString));
        return builder;
    }

    private static void EnsureSqliteDirectory(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            return;
        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
            Directory.CreateDirectory(directory);
    }

    /// <summary>The engine sends the same few statements all day: let Npgsql prepare them on the server (parsed and
    /// planned once per connection) unless the connection string says otherwise.</summary>
    private static string WithAutoPrepare(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 64;
        return builder.ConnectionString;
    }
}
