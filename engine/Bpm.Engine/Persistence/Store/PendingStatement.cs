using System.Data.Common;

namespace Bpm.Engine.Persistence.Store;

/// <summary>One statement of a commit. <see cref="Check"/> is set for a statement that must touch a known number of rows
/// (instance updates checked by revision, deletes of the timers this commit fires; one row or many);
/// <see cref="PrelockedJob"/> for the insert of a job locked for this node's worker, which inserts nothing when another job
/// of its instance holds the lock (the job is then inserted unlocked).</summary>
internal sealed record PendingStatement(string Sql, DbParameter[] Parameters, Entities.JobEntity? PrelockedJob = null,
    RowCheck? Check = null);
