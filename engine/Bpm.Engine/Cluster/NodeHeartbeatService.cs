using Bpm.Engine.Hosting;
using Bpm.Engine.Jobs;
using Bpm.Engine.Time;
using Bpm.Engine.Timers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bpm.Engine.Cluster;

/// <summary>Registers this node at start-up (start-up fails while another live node holds its number), heartbeats every
/// <see cref="EngineOptions.NodeHeartbeatInterval"/>, takes over the work of nodes found dead and wakes the local job
/// worker and timer sweep for it. A node takes over others only after it has itself reached the database for a whole
/// takeover interval: after an outage that cut every node off, the others get that long to heartbeat again.</summary>
internal sealed class NodeHeartbeatService(NodeRegistry registry, JobExecutor jobs, TimerSweep timers, EngineOptions options,
    TimeProvider clock, ILogger<NodeHeartbeatService> logger) : BackgroundService
{
    private readonly WakeSignal _wake = new();
    private DateTimeOffset? _reachableSince;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.RunNodeHeartbeat)
        {
            await registry.RegisterAsync(cancellationToken);
            _reachableSince = clock.GetUtcNow();
            if (clock is ControllableClock controllable) controllable.Moved += _wake.Wake;
            logger.LogInformation("Node {NodeId} registered as node number {NodeNumber}", registry.NodeId, registry.NodeNumber);
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.RunNodeHeartbeat) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _wake.WaitAsync(options.NodeHeartbeatInterval, stoppingToken);
                await BeatAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                _reachableSince = null;
                logger.LogWarning(ex, "Node heartbeat failed; trying again after the heartbeat interval");
            }
        }
    }

    /// <summary>One heartbeat round: say this node is alive (re-registering if it was declared dead), then take over dead nodes.</summary>
    internal async Task BeatAsync(CancellationToken ct)
    {
        if (!await registry.HeartbeatAsync(ct))
        {
            logger.LogWarning("Node {NodeId} was declared dead by another node; registering again", registry.NodeId);
            await registry.RegisterAsync(ct);
        }
        var now = clock.GetUtcNow();
        _reachableSince ??= now;
        if (now - _reachableSince < options.NodeTakeoverInterval) return;
        var takeover = await registry.TakeOverDeadNodesAsync(ct);
        if (takeover.DeadNodes.Count == 0) return;
        logger.LogWarning("Nodes {DeadNodes} stopped heartbeating; released {Jobs} job locks and {Timers} timer claims",
            string.Join(", ", takeover.DeadNodes), takeover.ReleasedJobs, takeover.ReleasedTimers);
        if (takeover.ReleasedJobs > 0) jobs.Wake();
        if (takeover.ReleasedTimers > 0) timers.Wake();
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (!options.RunNodeHeartbeat) return;
        if (clock is ControllableClock controllable) controllable.Moved -= _wake.Wake;
        try
        {
            await registry.LeaveAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Node {NodeId} could not leave the nodes table; it is forgotten after the takeover interval", registry.NodeId);
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
