using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Decisions.Storage;

/// <summary>Reads deployed decision definitions (they are written with their deployment).</summary>
internal sealed class DecisionStore(IDbContextFactory<BpmDbContext> contextFactory)
{
    public async Task<DecisionDefinitionEntity?> FindAsync(long key, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        return await context.DecisionDefinitions.AsNoTracking().FirstOrDefaultAsync(d => d.Key == key, ct);
    }

    /// <summary>The highest version of a decision id, or a given version.</summary>
    public async Task<DecisionDefinitionEntity?> FindAsync(string decisionId, int? version, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        return await context.DecisionDefinitions.AsNoTracking()
            .Where(d => d.DecisionId == decisionId && (version == null || d.Version == version))
            .OrderByDescending(d => d.Version)
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>The latest version of each decision id (of the given ids only, when given), or every version of one id.</summary>
    public async Task<IReadOnlyList<DecisionDefinitionEntity>> ListAsync(IReadOnlyCollection<string>? decisionIds, bool allVersions, CancellationToken ct)
    {
        if (decisionIds is { Count: 0 }) return [];
        var ids = decisionIds?.Distinct().ToList();
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var query = context.DecisionDefinitions.AsNoTracking();
        if (!allVersions)
            query = query.Where(d => d.Version == context.DecisionDefinitions.Where(x => x.DecisionId == d.DecisionId).Max(x => x.Version));
        if (ids is not null) query = query.Where(d => ids.Contains(d.DecisionId));
        return await query.OrderBy(d => d.DecisionId).ThenByDescending(d => d.Version).ToListAsync(ct);
    }
}
