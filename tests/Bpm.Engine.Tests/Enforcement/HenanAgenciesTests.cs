using Bpm.Enforcement;
using Bpm.Engine.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bpm.Engine.Tests.Enforcement;

/// <summary>The engine's options name no agency (issue 13, items 2 and 4): the Henan sender and receivers of the enforcement
/// messages come from the enforcement module, in either registration order, and a configured receiver wins over them.</summary>
public sealed class HenanAgenciesTests
{
    private static EngineOptions Options(bool withModule, bool moduleFirst = false, Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?> { ["ConnectionStrings:Bpm"] = "Data Source=:memory:" };
        foreach (var (key, value) in settings ?? []) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        if (withModule && moduleFirst) services.AddBpmEnforcement(configuration);
        services.AddBpmEngine(configuration);
        if (withModule && !moduleFirst) services.AddBpmEnforcement(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<EngineOptions>>().Value;
    }

    [Fact]
    public void The_engine_alone_names_no_sender_and_no_receiver()
    {
        var engineAlone = Options(withModule: false);
        Assert.Empty(engineAlone.MessageReceivers);
        Assert.Equal(("", "", null), (engineAlone.MessageSenderCreditCode, engineAlone.MessageSenderName, engineAlone.MessageSenderRegionCode));
        Assert.Empty(new EngineOptions().MessageReceivers);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_module_supplies_the_Henan_receivers_in_either_order(bool moduleFirst)
    {
        var receivers = Options(withModule: true, moduleFirst).MessageReceivers;
        Assert.Equal(["crime-transfer", "disclosure", "major-penalty", "statistics"], receivers.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("11410000MB0000001D", "河南省行政执法信息公示平台", "410000"),
            (receivers["disclosure"].CreditCode, receivers["disclosure"].Name, receivers["disclosure"].RegionCode));
        Assert.Equal("郑州市司法局", receivers["MAJOR-PENALTY"].Name);
        var options = Options(withModule: true, moduleFirst);
        Assert.Equal(("11410100MB1234567X", "郑州市市场监督管理局", "410100"),
            (options.MessageSenderCreditCode, options.MessageSenderName, options.MessageSenderRegionCode));
    }

    [Fact]
    public void A_configured_receiver_wins_over_the_module_default_of_its_family()
    {
        var receivers = Options(withModule: true, settings: new()
        {
            ["Bpm:Engine:MessageReceivers:major-penalty:CreditCode"] = "11410200MB0000009K",
            ["Bpm:Engine:MessageReceivers:major-penalty:Name"] = "开封市司法局",
            ["Bpm:Engine:MessageReceivers:major-penalty:RegionCode"] = "410200",
        }).MessageReceivers;
        Assert.Equal(("11410200MB0000009K", "开封市司法局"), (receivers["major-penalty"].CreditCode, receivers["major-penalty"].Name));
        Assert.Equal("郑州市公安局", receivers["crime-transfer"].Name);
    }

    [Fact]
    public void A_configured_sender_wins_over_the_module_default()
    {
        var options = Options(withModule: true, settings: new()
        {
            ["Bpm:Engine:MessageSenderCreditCode"] = "11410200MB0000001A",
            ["Bpm:Engine:MessageSenderName"] = "开封市市场监督管理局",
        });
        Assert.Equal(("11410200MB0000001A", "开封市市场监督管理局"), (options.MessageSenderCreditCode, options.MessageSenderName));
    }
}
