using System.Data.Common;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Bpm.Engine.Persistence.Store;

/// <summary>Writes a <see cref="StepChangeSet"/> with plain ADO.NET commands inside one transaction on the context's
/// connection. This is the engine's hot path: no change tracking, statements generated once, and on PostgreSQL one
/// batch (one round trip) for the whole step.</summary>
internal sealed class StepCommitter
{
    private readonly TableMap _instances;
    private readonly TableMap _jobs;
    private readonly TableMap _userTasks;
    private readonly TableMap _subscriptions;
    private readonly TableMap _incidents;
    private readonly TableMap _journal;
    private readonly TableMap _outbox;
    private readonly TableMap _messages;
    private readonly TableMap _correlations;
    private readonly TableMap _inbox;
    private readonly TableMap _candidates;
    private readonly TableMap _taskOrganisations;
    private readonly TableMap _taskHistory;
    private readonly TableMap _comments;
    private readonly TableMap _attachments;
    private readonly TableMap _notifications;
    private readonly ProjectionTables _projections;
    private const string DeleteCandidatesSql = "DELETE FROM \"user_task_candidates\" WHERE \"task_key\" = @key";
    /// <summary>PostgreSQL delivers it to every listening node when the transaction commits (see JobNotificationListener).</summary>
    internal const string JobsChannel = "bpm_jobs";
    private const string NotifyJobsSql = "SELECT pg_notify('" + JobsChannel + "', '')";

    public StepCommitter(IModel model)
    {
        _instances = new TableMap(Entity<ProcessInstanceEntity>(model), "\"revision\" = @expected");
        _jobs = new TableMap(Entity<JobEntity>(model));
        _userTasks = new TableMap(Entity<UserTaskEntity>(model));
        _subscriptions = new TableMap(Entity<SubscriptionEntity>(model));
        _incidents = new TableMap(Entity<IncidentEntity>(model));
        _journal = new TableMap(Entity<JournalEntity>(model));
        _outbox = new TableMap(Entity<OutboxMessageEntity>(model));
        _messages = new TableMap(Entity<MessageEntity>(model));
        _correlations = new TableMap(Entity<MessageCorrelationEntity>(model));
        _inbox = new TableMap(Entity<InboxMessageEntity>(model));
        _candidates = new TableMap(Entity<UserTaskCandidateEntity>(model));
        _taskOrganisations = new TableMap(Entity<UserTaskOrganisationEntity>(model));
        _taskHistory = new TableMap(Entity<UserTaskHistoryEntity>(model));
        _comments = new TableMap(Entity<UserTaskCommentEntity>(model));
        _attachments = new TableMap(Entity<UserTaskAttachmentEntity>(model));
        _notifications = new TableMap(Entity<NotificationEntity>(model));
        _projections = new ProjectionTables(model);
    }

    public async Task CommitAsync(BpmDbContext context, StepChangeSet changes, CancellationToken ct)
    {
        await context.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = context.Database.GetDbConnection();
            var statements = Build(connection, changes);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            try
            {
                await ExecuteAsync(connection, transaction, statements, ct);
                await transaction.CommitAsync(ct);
            }
            catch (Exception ex) when (UniqueViolation.IsJournalSequence(ex))
            {
                await RollbackQuietlyAsync(transaction);
                throw new ConcurrencyConflictException("A journal entry with this sequence was already written for the instance.", ex);
            }
            catch (Exception ex) when (UniqueViolation.IsMessageRace(ex))
            {
                // Another step correlated the same message to this process, published the same message id, received the same
                // inbox message, or started the keyed instance first: run again on fresh state.
                await RollbackQuietlyAsync(transaction);
                throw new ConcurrencyConflictException("A concurrent step already recorded this message correlation.", ex);
            }
            catch
            {
                await RollbackQuietlyAsync(transaction);
                throw;
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    private List<PendingStatement> Build(DbConnection connection, StepChangeSet changes)
    {
        using var factory = connection.CreateCommand();
        var statements = new List<PendingStatement>();
        // Revision-checked updates first: on SQLite a conflict then stops before anything else is written.
        UpdateInstances(statements, factory, changes.UpdatedInstances, typed: connection is Npgsql.NpgsqlConnection);
        Insert(statements, factory, _instances, changes.InsertedInstances);
        // A finished job leaves (and unlocks its instance) before a pre-locked job of the same instance comes in.
        Update(statements, factory, _jobs, changes.UpdatedJobs);
        Delete(statements, factory, _jobs, changes.DeletedJobKeys);
        InsertJobs(statements, factory, changes.InsertedJobs);
        Insert(statements, factory, _userTasks, changes.InsertedUserTasks);
        Update(statements, factory, _userTasks, changes.UpdatedUserTasks);
        Insert(statements, factory, _candidates, changes.InsertedTaskCandidates);
        Insert(statements, factory, _taskOrganisations, changes.InsertedTaskOrganisations);
        // An ended task leaves the candidates' inboxes.
        foreach (var task in changes.UpdatedUserTasks)
            if (task.State != UserTaskState.Created)
                statements.Add(new(DeleteCandidatesSql, _userTasks.DeleteParameters(factory, task.Key)));
        Insert(statements, factory, _taskHistory, changes.TaskHistory);
        Insert(statements, factory, _comments, changes.InsertedComments);
        Insert(statements, factory, _attachments, changes.InsertedAttachments);
        Insert(statements, factory, _notifications, changes.InsertedNotifications);
        foreach (var row in changes.ModuleRows)
            statements.Add(row.IsUpdate ? _projections.Update(factory, row) : _projections.Insert(factory, row));
        Insert(statements, factory, _subscriptions, changes.InsertedSubscriptions);
        Delete(statements, factory, _subscriptions, changes.DeletedSubscriptionKeys);
        DeleteFired(statements, factory, changes.FiredSubscriptionKeys);
        Insert(statements, factory, _incidents, changes.InsertedIncidents);
        Update(statements, factory, _incidents, changes.UpdatedIncidents);
        Insert(statements, factory, _journal, changes.Journal);
        Insert(statements, factory, _outbox, changes.Outbox);
        Insert(statements, factory, _messages, changes.InsertedMessages);
        Insert(statements, factory, _correlations, changes.InsertedCorrelations);
        Insert(statements, factory, _inbox, changes.InsertedInbox);
        Update(statements, factory, _inbox, changes.UpdatedInbox);
        foreach (var row in changes.ProjectedRows)
            statements.Add(_projections.Statement(factory, row));
        if (changes.InsertedJobs.Count > 0 && connection is Npgsql.NpgsqlConnection)
            statements.Add(NotifyJobs(changes.InsertedJobs));
        return statements;
    }

    /// <summary>New jobs; one marked locked (<see cref="Jobs.JobHandoff.Prelock"/>) is inserted locked if no other job of its
    /// instance is locked, else (the second statement) unlocked.</summary>
    private void InsertJobs(List<PendingStatement> statements, DbCommand factory, List<JobEntity> jobs)
    {
        foreach (var job in jobs)
        {
            if (job.LockedInstanceKey is null)
            {
                statements.Add(new(_jobs.InsertSql, _jobs.InsertParameters(factory, job)));
                continue;
            }
            statements.Add(new(_jobs.InsertSql + InsertUnlessInstanceLocked, _jobs.InsertParameters(factory, job), PrelockedJob: job));
            var unlocked = Unlocked(job);
            statements.Add(new(_jobs.InsertSql + $" ON CONFLICT ({_jobs.KeyColumn}) DO NOTHING", _jobs.InsertParameters(factory, unlocked)));
        }
    }

    private const string InsertUnlessInstanceLocked =
        " ON CONFLICT (\"locked_instance_key\") WHERE \"locked_instance_key\" IS NOT NULL DO NOTHING";

    private static JobEntity Unlocked(JobEntity job) => new()
    {
        Key = job.Key,
        ProcessInstanceKey = job.ProcessInstanceKey,
        ElementInstanceKey = job.ElementInstanceKey,
        ElementId = job.ElementId,
        Type = job.Type,
        Retries = job.Retries,
        State = job.State,
        DueAt = job.DueAt,
        ErrorMessage = job.ErrorMessage,
        CreatedAt = job.CreatedAt,
    };

    /// <summary>Wakes the other nodes' workers for new jobs nobody holds: always when some were inserted unlocked, else only
    /// if a pre-locked one had to be inserted unlocked after all.</summary>
    private static PendingStatement NotifyJobs(List<JobEntity> inserted)
    {
        if (inserted.Exists(j => j.LockedInstanceKey is null)) return new(NotifyJobsSql, []);
        var keys = new Npgsql.NpgsqlParameter("@keys", inserted.Select(j => j.Key).ToArray());
        return new(NotifyJobsSql + " WHERE EXISTS (SELECT 1 FROM \"jobs\" WHERE \"key\" = ANY(@keys) AND \"locked_by\" IS NULL)", [keys]);
    }

    /// <summary>A pre-locked job whose locked insert did nothing was inserted unlocked: its entity says so.</summary>
    private static void Prelocked(PendingStatement statement, int rowsAffected)
    {
        if (statement.PrelockedJob is not { } job || rowsAffected == 1) return;
        job.LockedBy = null;
        job.LockedUntil = null;
        job.LockedInstanceKey = null;
    }

    /// <summary>Each instance only if its stored revision is the one the step read (the new one minus one). The rows of a
    /// commit that holds many steps (a chunk of timers, a group commit) are written by one statement that must update them
    /// all: one stale instance fails the whole commit as a conflict, as its own statement would.</summary>
    private void UpdateInstances(List<PendingStatement> statements, DbCommand factory, List<ProcessInstanceEntity> instances, bool typed)
    {
        if (instances.Count == 1)
        {
            var instance = instances[0];
            var expected = factory.CreateParameter();
            expected.ParameterName = "@expected";
            expected.Value = instance.Revision - 1;
            statements.Add(new(_instances.UpdateSql, _instances.UpdateParameters(factory, instance, expected),
                Check: new RowCheck(1, $"Process instance {instance.Key} was changed by another step (stale revision).")));
            return;
        }
        foreach (var part in instances.Chunk(_instances.Rows.UpdateRowsPerStatement))
            statements.Add(_instances.Rows.UpdateChecked(factory, part, RevisionColumn, i => i.Revision - 1, typed,
                $"One of {part.Length} process instances was changed by another step (stale revision)."));
    }

    private const string RevisionColumn = "revision";

    /// <summary>Timers this commit fires: each delete must find its row (else another node fired it first).</summary>
    private void DeleteFired(List<PendingStatement> statements, DbCommand factory, List<long> keys)
    {
        if (keys.Count == 1)
        {
            statements.Add(new(_subscriptions.DeleteSql, _subscriptions.DeleteParameters(factory, keys[0]),
                Check: new RowCheck(1, $"Timer {keys[0]} was already fired or closed by another step.")));
            return;
        }
        foreach (var part in keys.Chunk(MultiRowSql.DeleteRowsPerStatement))
            statements.Add(_subscriptions.Rows.Delete(factory, part, $"One of {part.Length} timers was already fired or closed by another step."));
    }

    private static void Insert<T>(List<PendingStatement> statements, DbCommand factory, TableMap table, List<T> entities) where T : class
    {
        if (entities.Count == 1)
        {
            statements.Add(new(table.InsertSql, table.InsertParameters(factory, entities[0])));
            return;
        }
        foreach (var part in entities.Chunk(table.Rows.InsertRowsPerStatement))
            statements.Add(table.Rows.Insert(factory, part));
    }

    private static void Update<T>(List<PendingStatement> statements, DbCommand factory, TableMap table, List<T> entities) where T : class
    {
        foreach (var entity in entities)
            statements.Add(new(table.UpdateSql, table.UpdateParameters(factory, entity)));
    }

    private static void Delete(List<PendingStatement> statements, DbCommand factory, TableMap table, List<long> keys)
    {
        if (keys.Count == 1)
        {
            statements.Add(new(table.DeleteSql, table.DeleteParameters(factory, keys[0])));
            return;
        }
        foreach (var part in keys.Chunk(MultiRowSql.DeleteRowsPerStatement))
            statements.Add(table.Rows.Delete(factory, part, conflictIfMissing: null));
    }

    /// <summary>Runs the statements in order inside the transaction: one batch where the provider supports it.</summary>
    internal static Task ExecuteAsync(DbConnection connection, DbTransaction transaction, List<PendingStatement> statements, CancellationToken ct) =>
        connection.CanCreateBatch
            ? ExecuteBatchAsync(connection, transaction, statements, ct)
            : ExecuteOneByOneAsync(connection, transaction, statements, ct);

    private static async Task ExecuteBatchAsync(DbConnection connection, DbTransaction transaction, List<PendingStatement> statements, CancellationToken ct)
    {
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var statement in statements)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = statement.Sql;
            command.Parameters.AddRange(statement.Parameters);
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync(ct);
        for (var i = 0; i < statements.Count; i++)
        {
            CheckRevision(statements[i], batch.BatchCommands[i].RecordsAffected);
            Prelocked(statements[i], batch.BatchCommands[i].RecordsAffected);
        }
    }

    private static async Task ExecuteOneByOneAsync(DbConnection connection, DbTransaction transaction, List<PendingStatement> statements, CancellationToken ct)
    {
        foreach (var statement in statements)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = statement.Sql;
            command.Parameters.AddRange(statement.Parameters);
            var rows = await command.ExecuteNonQueryAsync(ct);
            CheckRevision(statement, rows);
            Prelocked(statement, rows);
        }
    }

    private static void CheckRevision(PendingStatement statement, int rowsAffected)
    {
        if (statement.Check is { } check && rowsAffected != check.Rows)
            throw new ConcurrencyConflictException(check.Conflict);
    }

    private static async Task RollbackQuietlyAsync(DbTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception)
        {
            // The connection may already be broken; the transaction is gone with it and nothing was committed.
        }
    }

    private static IEntityType Entity<T>(IModel model) => model.FindEntityType(typeof(T))
        ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
}
