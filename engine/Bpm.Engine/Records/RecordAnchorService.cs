using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bpm.Engine.Records;

/// <summary>Anchors the changed chain heads every <see cref="RecordOptions.AnchorInterval"/> of the engine clock.</summary>
internal sealed class RecordAnchorService(RecordAnchorer anchorer, TimeProvider clock, IOptions<RecordOptions> options,
    ILogger<RecordAnchorService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.RunAnchor || settings.AnchorInterval <= TimeSpan.Zero) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(settings.AnchorInterval, clock, stoppingToken);
                if (await anchorer.AnchorAsync(stoppingToken) is { } anchor)
                    logger.LogInformation("Anchored {Count} record chain heads (anchor {Id}, root {Root})", anchor.LeafCount, anchor.Id, anchor.MerkleRoot);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Anchoring the record chains failed; it tries again after the interval");
            }
        }
    }
}
