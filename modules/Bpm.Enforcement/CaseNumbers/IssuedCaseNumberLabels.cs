using Bpm.Enforcement.CaseNumbers.Storage;
using Bpm.Engine.Queries;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Enforcement.CaseNumbers;

/// <summary>A case's label shows the first case number the registry issued to it (a penalty case also numbers its notice).</summary>
public sealed class IssuedCaseNumberLabels(IDbContextFactory<CaseNumbersDbContext> contexts) : ICaseLabelNumbers
{
    public async Task<IReadOnlyDictionary<long, string>> FirstIssuedAsync(IReadOnlyCollection<long> processInstanceKeys, CancellationToken ct)
    {
        if (processInstanceKeys.Count == 0) return new Dictionary<long, string>();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return (await db.CaseNumbers.AsNoTracking().Where(c => processInstanceKeys.Contains(c.ProcessInstanceKey))
                .Select(c => new { c.ProcessInstanceKey, c.CaseNumber, c.IssuedAt }).ToListAsync(ct))
            .GroupBy(c => c.ProcessInstanceKey)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.IssuedAt).First().CaseNumber);
    }
}
