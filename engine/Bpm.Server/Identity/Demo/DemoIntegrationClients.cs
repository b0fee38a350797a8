using Bpm.Server.Integration;
using Microsoft.Extensions.Options;

namespace Bpm.Server.Identity.Demo;

/// <summary>With the demo seed: one integration client per simulated agency, so that manual demos can publish their replies
/// over HTTP. Secrets come from <c>Bpm:Demo:ClientSecret</c> (one for all, documented in docs/demo.md). Added once, when missing.</summary>
public sealed class DemoIntegrationClients(IntegrationClientService clients, IOptions<DemoOptions> options, ILogger<DemoIntegrationClients> logger)
{
    public static readonly IReadOnlyList<(string ClientId, string Name, string OrganisationId)> All =
    [
        ("disclosure-platform", "河南省行政执法公示平台", DemoOrganisation.DisclosurePlatform),
        ("justice-bureau", "郑州市司法局", DemoOrganisation.CityJustice),
        ("police", "郑州市公安局", DemoOrganisation.CityPolice),
        ("hotline-12345", "郑州市12345政务服务便民热线", DemoOrganisation.CityHotline),
        ("payment-platform", "郑州市市场监督管理局（非税收入缴款通知）", DemoOrganisation.CityMarketRegulation),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (!options.Value.Seed) return;
        foreach (var (clientId, name, organisationId) in All)
        {
            if (await clients.ExistsAsync(clientId, ct)) continue;
            try
            {
                await clients.CreateAsync(new NewIntegrationClient(clientId, name, organisationId, [IntegrationScopes.Messages], options.Value.ClientSecret),
                    DemoPeople.Actor, ct);
            }
            catch (Microsoft.EntityFrameworkCore.DbUpdateException)
            {
                logger.LogInformation("Demo integration client {ClientId} was added by another node at the same time.", clientId);
            }
            catch (Problems.ApiBadRequestException ex)
            {
                // A database seeded before the agencies' organisation units existed.
                logger.LogWarning("Demo integration client {ClientId} not added: {Reason}", clientId, ex.Message);
            }
        }
    }
}
