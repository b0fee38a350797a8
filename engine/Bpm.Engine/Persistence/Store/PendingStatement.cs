using System.Data.Common;

namespace Bpm.Engine.Persistence.Store;

/// <summary>One statement of a commit. <see cref="RevisionCheckedInstanceKey"/> is set for an instance update that
/// must touch exactly one row; <see cref="PrelockedJob"/> for the insert of a job locked for this node's worker, which
/// inserts nothing when another job of its instance holds the lock (the job is then inserted unlocked); <see cref="Check"/>
/// for a statement over many rows that must touch each of them.</summary>
internal sealed record PendingStatement(string Sql, DbParameter[] Parameters, long? RevisionCheckedInstanceKey = null,
    long? MustDeleteKey = null, Entities.JobEntity? PrelockedJob = null, RowCheck? Check = null);
