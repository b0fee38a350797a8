using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Bpm.Engine.Escalations;

/// <summary>The escalations table as the module reads it, and the model a step writes its rows with
/// (<see cref="StepChangeSet.Insert{T}"/>, <see cref="StepChangeSet.Track{T}(T, IModel)"/>).</summary>
internal sealed class EscalationStore(IDbContextFactory<BpmDbContext> contexts)
{
    private IModel? _model;

    public IModel Model
    {
        get
        {
            if (_model is null)
            {
                using var context = contexts.CreateDbContext();
                _model = context.Model;
            }
            return _model;
        }
    }

    public async Task<EscalationEntity?> FindAsync(long key, CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        return await context.Escalations.AsNoTracking().FirstOrDefaultAsync(x => x.Key == key, ct);
    }

    /// <summary>The process instance of each escalation of <paramref name="keys"/> that exists.</summary>
    public async Task<IReadOnlyDictionary<long, long>> CasesOfAsync(IReadOnlyCollection<long> keys, CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        return await context.Escalations.AsNoTracking().Where(x => keys.Contains(x.Key)).ToDictionaryAsync(x => x.Key, x => x.ProcessInstanceKey, ct);
    }

    /// <summary>Open escalations whose origin or decision task is <paramref name="taskKey"/>.</summary>
    public async Task<IReadOnlyList<EscalationEntity>> OpenOfTaskAsync(long taskKey, CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        return await context.Escalations.AsNoTracking()
            .Where(x => x.State == EscalationState.Open && (x.OriginTaskKey == taskKey || x.DecisionTaskKey == taskKey)).ToListAsync(ct);
    }
}
