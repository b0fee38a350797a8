using Bpm.Engine.Hosting;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Cluster;

/// <summary>The nodes table: this node registers its node number at start-up (refused while another live node holds it),
/// heartbeats, and releases the job locks and timer claims of nodes whose heartbeat is older than the takeover interval,
/// so their work runs elsewhere within that interval instead of after the lock timeout. Time is the engine clock.</summary>
public sealed class NodeRegistry
{
    private readonly IDbContextFactory<BpmDbContext> _contexts;
    private readonly EngineOptions _options;
    private readonly TimeProvider _clock;

    internal NodeRegistry(IDbContextFactory<BpmDbContext> contexts, EngineOptions options, KeyGenerator keys, TimeProvider clock)
    {
        _contexts = contexts;
        _options = options;
        _clock = clock;
        NodeNumber = keys.NodeNumber;
    }

    public int NodeNumber { get; }
    public string NodeId => _options.NodeId;

    /// <summary>Claims this node's number: free, held by this node id before (a restart), or held by a dead node.</summary>
    /// <exception cref="NodeNumberInUseException">A live node with another id holds the number.</exception>
    public async Task RegisterAsync(CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        var cutoff = now - _options.NodeTakeoverInterval;
        var number = NodeNumber;
        var nodeId = NodeId;
        var host = Environment.MachineName;
        await using var context = await _contexts.CreateDbContextAsync(ct);
        // A restart of this node under another number leaves its old row behind: forget it.
        await context.Nodes.Where(n => n.NodeId == nodeId && n.NodeNumber != number).ExecuteDeleteAsync(ct);
        var taken = await context.Nodes
            .Where(n => n.NodeNumber == number && (n.NodeId == nodeId || n.LastHeartbeat < cutoff))
            .ExecuteUpdateAsync(s => s
                .SetProperty(n => n.NodeId, nodeId)
                .SetProperty(n => n.Host, host)
                .SetProperty(n => n.StartedAt, now)
                .SetProperty(n => n.LastHeartbeat, now), ct);
        if (taken == 1) return;
        context.Nodes.Add(new NodeEntity { NodeNumber = number, NodeId = nodeId, Host = host, StartedAt = now, LastHeartbeat = now });
        try
        {
            await context.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The row exists and is not ours to take: a live node holds the number (or just registered it).
            var holder = await context.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.NodeNumber == number, ct);
            if (holder is null) throw;
            throw new NodeNumberInUseException(number, holder.NodeId, holder.Host, holder.LastHeartbeat);
        }
    }

    /// <summary>Says this node is alive. False when its row is gone or taken (it was declared dead meanwhile).</summary>
    public async Task<bool> HeartbeatAsync(CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        var number = NodeNumber;
        var nodeId = NodeId;
        await using var context = await _contexts.CreateDbContextAsync(ct);
        return await context.Nodes.Where(n => n.NodeNumber == number && n.NodeId == nodeId)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.LastHeartbeat, now), ct) == 1;
    }

    /// <summary>Releases the job locks and timer claims of every node whose heartbeat is older than the takeover interval
    /// and forgets those nodes. Their jobs run again (at least once) and their timers fire on the live nodes.</summary>
    public async Task<NodeTakeover> TakeOverDeadNodesAsync(CancellationToken ct)
    {
        var cutoff = _clock.GetUtcNow() - _options.NodeTakeoverInterval;
        var nodeId = NodeId;
        await using var context = await _contexts.CreateDbContextAsync(ct);
        var dead = await context.Nodes.AsNoTracking()
            .Where(n => n.LastHeartbeat < cutoff && n.NodeId != nodeId)
            .Select(n => n.NodeId).ToListAsync(ct);
        if (dead.Count == 0) return NodeTakeover.None;
        var jobs = await context.Jobs.Where(j => j.LockedBy != null && dead.Contains(j.LockedBy))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.LockedBy, (string?)null)
                .SetProperty(j => j.LockedUntil, (DateTimeOffset?)null)
                .SetProperty(j => j.LockedInstanceKey, (long?)null), ct);
        var timers = await context.Subscriptions.Where(t => t.ClaimedBy != null && dead.Contains(t.ClaimedBy))
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.ClaimedBy, (string?)null)
                .SetProperty(t => t.ClaimedUntil, (DateTimeOffset?)null), ct);
        // A node that heartbeats again before this delete keeps its row (and finds its work released: it runs at least once).
        await context.Nodes.Where(n => n.LastHeartbeat < cutoff && dead.Contains(n.NodeId)).ExecuteDeleteAsync(ct);
        return new NodeTakeover(dead, jobs, timers);
    }

    /// <summary>Leaves the cluster on a clean stop, so the number is free at once.</summary>
    public async Task LeaveAsync(CancellationToken ct)
    {
        var number = NodeNumber;
        var nodeId = NodeId;
        await using var context = await _contexts.CreateDbContextAsync(ct);
        await context.Nodes.Where(n => n.NodeNumber == number && n.NodeId == nodeId).ExecuteDeleteAsync(ct);
    }
}
