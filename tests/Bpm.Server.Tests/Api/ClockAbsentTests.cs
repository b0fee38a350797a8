using System.Net;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

public sealed class ClockAbsentTests(BpmServerFactory<Sqlite> factory) : ApiTestBase(factory), IClassFixture<BpmServerFactory<Sqlite>>
{
    [Fact]
    public async Task Without_the_testing_setting_there_is_no_clock_route()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/clock")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PutAsync("/api/clock", new StringContent("{\"now\":\"2030-01-01T00:00:00Z\"}"))).StatusCode);
    }
}
