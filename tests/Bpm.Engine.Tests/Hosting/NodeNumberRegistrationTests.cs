using Bpm.Activities;
using Bpm.Engine.Activities;
using Bpm.Engine.Hosting;
using Bpm.Engine.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Hosting;

/// <summary>The configured node number reaches every key, whatever order the host registers the engine and the activities in
/// (issue 13: AddBpmActivities before AddBpmEngine used to turn node 7 into node 0, so cluster nodes could make the same keys).</summary>
public sealed class NodeNumberRegistrationTests
{
    private static IConfiguration Configuration(int nodeNumber) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Bpm"] = "Data Source=:memory:",
        ["Bpm:Engine:NodeNumber"] = nodeNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }).Build();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_configured_node_number_is_used_in_either_registration_order(bool activitiesFirst)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        var configuration = Configuration(7);
        if (activitiesFirst) services.AddBpmActivities(BpmActivitiesAssembly.Assembly);
        services.AddBpmEngine(configuration);
        if (!activitiesFirst) services.AddBpmActivities(BpmActivitiesAssembly.Assembly);
        using var provider = services.BuildServiceProvider();

        var keys = provider.GetRequiredService<KeyGenerator>();
        Assert.Equal(7, keys.NodeNumber);
        Assert.Equal(7, (keys.Next() >> 12) & 0x3FF);
        Assert.Single(services, d => d.ServiceType == typeof(KeyGenerator));
    }

    [Fact]
    public void Activities_alone_derive_the_node_number_instead_of_fixing_zero()
    {
        var services = new ServiceCollection();
        services.Configure<EngineOptions>(o => o.NodeNumber = 513);
        services.AddBpmActivities(BpmActivitiesAssembly.Assembly);
        using var provider = services.BuildServiceProvider();
        Assert.Equal(513, provider.GetRequiredService<KeyGenerator>().NodeNumber);
    }
}
