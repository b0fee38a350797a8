using System.Net;
using Bpm.Bus.Tests.Infrastructure;

namespace Bpm.Bus.Tests.Transport;

/// <summary>Off by default: with the simulator disabled its routes answer 404 and no simulator queue is consumed.</summary>
public sealed class SimulatorDisabledTests
{
    [Fact]
    public async Task The_simulator_routes_answer_404_when_it_is_disabled()
    {
        await using var host = await BusTestHost.StartAsync("InMemory", new Dictionary<string, string?> { ["Bpm:AgencySimulator:Enabled"] = "false" });
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/api/agency-simulator/messages")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.PostAsync("/api/agency-simulator/complaints", null)).StatusCode);
    }
}
