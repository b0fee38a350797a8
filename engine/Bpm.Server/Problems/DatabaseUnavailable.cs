using Bpm.Engine.Persistence;

namespace Bpm.Server.Problems;

/// <summary>Whether an exception means the database cannot be reached or cannot take work right now (an outage, a restart,
/// a full connection table, a busy SQLite file), as opposed to a fault in the request or in the server. Such failures answer
/// 503 with Retry-After: nothing was changed, and the same request can be sent again.</summary>
public static class DatabaseUnavailable
{
    public static bool Is(Exception exception) => DatabaseUnreachable.Is(exception);
}
