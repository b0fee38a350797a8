using System.Data.Common;

namespace Bpm.Engine.Persistence.Store;

/// <summary>One statement of a commit. <see cref="RevisionCheckedInstanceKey"/> is set for an instance update that
/// must touch exactly one row.</summary>
internal sealed record PendingStatement(string Sql, DbParameter[] Parameters, long? RevisionCheckedInstanceKey = null,
    long? MustDeleteKey = null);
