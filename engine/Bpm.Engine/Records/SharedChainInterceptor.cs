using System.Runtime.CompilerServices;
using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Bpm.Engine.Records;

/// <summary>Chains every new audit row and access-log row as it is saved, whoever adds it: reserves positions on the
/// chain's row (which serialises concurrent requests), links the rows and moves the head, all inside the transaction
/// that inserts them (one is opened for the save when the caller has none).</summary>
internal sealed class SharedChainInterceptor : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, IDbContextTransaction> _owned = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken ct = default)
    {
        if (eventData.Context is { } context) await ChainAsync(context, ct);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) ChainAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    private async Task ChainAsync(DbContext context, CancellationToken ct)
    {
        var audit = Added<AuditEntity>(context);
        var access = Added<AccessLogEntity>(context);
        if (audit.Count == 0 && access.Count == 0) return;
        if (context.Database.CurrentTransaction is null)
            _owned.AddOrUpdate(context, await context.Database.BeginTransactionAsync(ct));
        var connection = context.Database.GetDbConnection();
        var transaction = context.Database.CurrentTransaction!.GetDbTransaction();
        await AppendAsync(connection, transaction, ChainRow.Audit, audit, ct);
        await AppendAsync(connection, transaction, ChainRow.Access, access, ct);
    }

    private static async Task AppendAsync<T>(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, string chain,
        List<T> rows, CancellationToken ct) where T : IChainedRow
    {
        if (rows.Count == 0) return;
        var head = await ChainRow.ReserveAsync(connection, transaction, chain, rows.Count, ct);
        foreach (var row in rows) head.Append(row);
        await ChainRow.SetHeadAsync(connection, transaction, chain, head, ct);
    }

    private static List<T> Added<T>(DbContext context) where T : class, IChainedRow =>
        context.ChangeTracker.Entries<T>().Where(e => e.State == EntityState.Added && e.Entity.Hash is null).Select(e => e.Entity).ToList();

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (eventData.Context is { } context && _owned.TryGetValue(context, out var transaction))
        {
            _owned.Remove(context);
            await transaction.CommitAsync(ct);
            await transaction.DisposeAsync();
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default) =>
        await AbandonAsync(eventData.Context);

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => AbandonAsync(eventData.Context).GetAwaiter().GetResult();

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken ct = default) =>
        await AbandonAsync(eventData.Context);

    private async Task AbandonAsync(DbContext? context)
    {
        if (context is null || !_owned.TryGetValue(context, out var transaction)) return;
        _owned.Remove(context);
        await transaction.DisposeAsync();
    }
}
