namespace Bpm.Engine.Persistence.Migrations;

/// <summary>The tables of a module that owns them (its own DbContext, scripts and history table): start-up brings them up
/// to date after the engine's schema and before instance projections are rebuilt. Register implementations as services;
/// <see cref="ModuleSchemaMigrator"/> does the work.</summary>
public interface IModuleSchema
{
    /// <summary>The versions this call applied.</summary>
    Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct);
}
