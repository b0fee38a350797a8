using System.Data.Common;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.Queries;
using Bpm.Engine.Persistence.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bpm.Engine.Runtime.Projections;

/// <summary>Fills an <see cref="IInstanceProjection"/>'s rows from the running instances: for a database that predates
/// the projection (or holds rows of an older <see cref="IInstanceProjection.Version"/>). Idempotent, and safe while
/// steps run: each batch locks its instances (FOR UPDATE on PostgreSQL, SQLite's single writer) so a step cannot commit
/// a newer row in between reading an instance and writing its row. Rows of instances that are no longer active go, unless
/// the projection keeps ended instances (<see cref="IInstanceProjection.ProjectsEndedInstances"/>): then every instance of its
/// processes is projected and only rows of instances that are gone (or whose projection is now null) go.</summary>
public sealed class InstanceProjectionRebuilder(IDbContextFactory<BpmDbContext> contextFactory, DatabaseOptions options,
    IEnumerable<IInstanceProjection> projections, TimeProvider clock, ILogger<InstanceProjectionRebuilder>? logger = null)
{
    private const int BatchSize = 500;
    private static readonly string ActiveText = Persistence.States.StateText<Persistence.States.ProcessInstanceState>.SqlLiteral(Persistence.States.ProcessInstanceState.Active);
    private readonly ILogger _logger = logger ?? NullLogger<InstanceProjectionRebuilder>.Instance;

    /// <summary>Rebuilds every projection whose built version is missing or differs; returns their names.</summary>
    public async Task<IReadOnlyList<string>> RebuildStaleAsync(CancellationToken ct)
    {
        var rebuilt = new List<string>();
        foreach (var projection in projections)
        {
            await using (var context = await contextFactory.CreateDbContextAsync(ct))
            {
                var built = await context.InstanceProjections.Where(p => p.Name == projection.Name)
                    .Select(p => (int?)p.Version).FirstOrDefaultAsync(ct);
                if (built == projection.Version) continue;
            }
            var rows = await RebuildAsync(projection, ct);
            _logger.LogInformation("Rebuilt instance projection {Name} version {Version}: {Rows} rows", projection.Name, projection.Version, rows);
            rebuilt.Add(projection.Name);
        }
        return rebuilt;
    }

    /// <summary>Rebuilds one projection from the running instances and records its version; returns the rows written.</summary>
    public async Task<int> RebuildAsync(IInstanceProjection projection, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var tables = new ProjectionTables(context.Model);
        await context.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = context.Database.GetDbConnection();
            var processIds = projection.ProcessIds.ToArray();
            await InTransactionAsync(connection, (transaction, statements) =>
            {
                var table = tables.For(projection.RowType, projection.RowModel);
                statements.Add(new($"DELETE FROM {table.Table} WHERE NOT EXISTS (SELECT 1 FROM process_instances p "
                    + $"WHERE p.key = {table.Table}.{table.KeyColumn}{StateFilter(projection, "p.")} AND p.bpmn_process_id IN ({Names(processIds.Length)}))",
                    Parameters(connection, processIds)));
                return Task.FromResult(true);
            }, ct);

            var written = 0;
            var after = long.MinValue;
            var more = true;
            while (more)
                more = await InTransactionAsync(connection, async (transaction, statements) =>
                {
                    var batch = await ReadAsync(connection, transaction, projection, processIds, after, ct);
                    using var factory = connection.CreateCommand();
                    foreach (var instance in batch)
                    {
                        var row = projection.Project(instance);
                        if (row is not null) written++;
                        statements.Add(tables.Statement(factory, new ProjectedRow { RowType = projection.RowType, RowModel = projection.RowModel, InstanceKey = instance.Key, Row = row }));
                        after = instance.Key;
                    }
                    return batch.Count == BatchSize;
                }, ct);

            await InTransactionAsync(connection, (_, statements) =>
            {
                using var factory = connection.CreateCommand();
                var marker = new InstanceProjectionEntity { Name = projection.Name, Version = projection.Version, RebuiltAt = clock.GetUtcNow() };
                var table = tables.For(typeof(InstanceProjectionEntity));
                statements.Add(new(table.UpsertSql, table.InsertParameters(factory, marker)));
                return Task.FromResult(true);
            }, ct);
            return written;
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Runs <paramref name="work"/> (which reads inside the transaction and collects statements), executes the
    /// statements and commits. Microsoft.Data.Sqlite begins with BEGIN IMMEDIATE: the write lock is held from the start.</summary>
    private static async Task<bool> InTransactionAsync(DbConnection connection,
        Func<DbTransaction, List<PendingStatement>, Task<bool>> work, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var statements = new List<PendingStatement>();
        var result = await work(transaction, statements);
        if (statements.Count > 0)
            await StepCommitter.ExecuteAsync(connection, transaction, statements, ct);
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>The condition on an instance's state for it to be projected (and keep its row).</summary>
    private static string StateFilter(IInstanceProjection projection, string alias) =>
        projection.ProjectsEndedInstances ? "" : $" AND {alias}state = {ActiveText}";

    private async Task<List<ProjectedInstance>> ReadAsync(DbConnection connection, DbTransaction transaction, IInstanceProjection projection,
        string[] processIds, long after, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT key, bpmn_process_id, state, revision, state_data, organisation_id, parent_instance_key FROM process_instances "
            + $"WHERE bpmn_process_id IN ({Names(processIds.Length)}){StateFilter(projection, "")} AND key > @after ORDER BY key LIMIT {BatchSize}"
            + (options.Provider == DatabaseProvider.Postgres ? " FOR UPDATE" : "");
        command.Parameters.AddRange(Parameters(connection, processIds));
        var afterParameter = command.CreateParameter();
        afterParameter.ParameterName = "@after";
        afterParameter.Value = after;
        command.Parameters.Add(afterParameter);
        var instances = new List<ProjectedInstance>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            instances.Add(new ProjectedInstance(reader.GetInt64(0), reader.GetString(1), Persistence.States.StateText<Persistence.States.ProcessInstanceState>.Parse(reader.GetString(2)), reader.GetInt64(3),
                EngineQueries.RootVariables(reader.GetString(4)), reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetInt64(6)));
        return instances;
    }

    private static string Names(int count) => string.Join(", ", Enumerable.Range(0, count).Select(i => "@process" + i));

    private static DbParameter[] Parameters(DbConnection connection, string[] processIds)
    {
        using var factory = connection.CreateCommand();
        return processIds.Select((id, i) =>
        {
            var parameter = factory.CreateParameter();
            parameter.ParameterName = "@process" + i;
            parameter.Value = id;
            return parameter;
        }).ToArray();
    }
}
