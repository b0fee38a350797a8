using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Migrations;
using Bpm.Engine.Runtime.Projections;
using Bpm.Engine.Tests.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Projections.Notes;

/// <summary>A test module with a table of its own (<c>test_instance_notes</c>, its scripts in Migrations/, its history in
/// <c>test_notes_schema_migrations</c>) and a projection the engine writes into it.</summary>
public sealed class NoteModule(IDbContextFactory<NoteDbContext> contexts, ModuleSchemaMigrator migrator) : IModuleSchema
{
    public const string HistoryTable = "test_notes_schema_migrations";

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        return await migrator.MigrateAsync(context, typeof(NoteModule).Assembly, "Projections.Notes.Migrations", HistoryTable, 0x54455354, ct);
    }

    /// <summary>Registers the module with a projection of <paramref name="processId"/>.</summary>
    public static void Add(IServiceCollection services, string processId, string? failOn = null, bool keepEnded = false)
    {
        services.AddPooledDbContextFactory<NoteDbContext>((sp, b) => b.UseBpmDatabase(sp.GetRequiredService<DatabaseOptions>()));
        services.AddSingleton<IModuleSchema, NoteModule>();
        services.AddSingleton<IInstanceProjection>(sp => new NoteProjection(processId, sp.GetRequiredService<IDbContextFactory<NoteDbContext>>(), failOn,
            keepEnded));
    }

    /// <summary>An engine with the module; its table is created whether or not the shared database was migrated before.</summary>
    public static async Task<EngineHarness> StartAsync(DatabaseProvider provider, string processId, string? failOn = null, bool keepEnded = false)
    {
        var h = await EngineHarness.StartAsync(provider, s => Add(s, processId, failOn, keepEnded));
        foreach (var schema in h.Services.GetServices<IModuleSchema>()) await schema.MigrateAsync(CancellationToken.None);
        return h;
    }

    public static NoteProjection Projection(EngineHarness h) => h.Services.GetServices<IInstanceProjection>().OfType<NoteProjection>().Single();

    public static async Task<NoteEntity?> RowAsync(EngineHarness h, long instanceKey)
    {
        await using var context = await h.Services.GetRequiredService<IDbContextFactory<NoteDbContext>>().CreateDbContextAsync();
        return await context.Notes.SingleOrDefaultAsync(e => e.ProcessInstanceKey == instanceKey);
    }
}
