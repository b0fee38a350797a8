using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Forms;

/// <summary>Reads deployed forms. Forms are written with their deployment (<see cref="IEngineStore.SaveDeploymentAsync(DeploymentEntity, IReadOnlyList{ProcessDefinitionEntity}, IReadOnlyList{SubscriptionEntity}, IReadOnlyList{FormEntity}, CancellationToken)"/>).</summary>
internal sealed class FormStore(IDbContextFactory<BpmDbContext> contextFactory)
{
    public async Task<FormEntity?> FindAsync(long key, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        return await context.Forms.AsNoTracking().FirstOrDefaultAsync(f => f.Key == key, ct);
    }

    /// <summary>The highest version of a form id, or a given version.</summary>
    public async Task<FormEntity?> FindAsync(string formId, int? version, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        return await context.Forms.AsNoTracking()
            .Where(f => f.FormId == formId && (version == null || f.Version == version))
            .OrderByDescending(f => f.Version)
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>The latest version of each form id, or of the given ids only.</summary>
    public async Task<IReadOnlyList<FormEntity>> LatestAsync(IReadOnlyCollection<string>? formIds, CancellationToken ct)
    {
        if (formIds is { Count: 0 }) return [];
        var ids = formIds?.Distinct().ToList();
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var query = context.Forms.AsNoTracking()
            .Where(f => f.Version == context.Forms.Where(x => x.FormId == f.FormId).Max(x => x.Version));
        if (ids is not null) query = query.Where(f => ids.Contains(f.FormId));
        return await query.OrderBy(f => f.FormId).ToListAsync(ct);
    }
}
