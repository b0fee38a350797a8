using Bpm.Engine.Expressions;
using Bpm.Engine.Hosting;
using Bpm.Engine.Tests.Expressions;
using Bpm.Engine.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Time;

/// <summary>The engine counts days in its business zone (Beijing by default) whatever zone the machine runs in.</summary>
public class ZonedTimeProviderTests
{
    // 16:30 UTC on 7 December is 00:30 on 8 December in Beijing.
    private static readonly DateTimeOffset AfterBeijingMidnight = new(2026, 12, 7, 16, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Feel_today_is_the_beijing_date_on_a_machine_in_utc()
    {
        var machine = new ManualClock(AfterBeijingMidnight, TimeZoneInfo.Utc);
        var feel = new FeelEngine(new ZonedTimeProvider(machine, ZonedTimeProvider.Resolve(null)));

        var today = feel.ParseExpression("string(today())").Evaluate(Variables.FromJson("{}"));

        Assert.Equal("2026-12-08", today?.ToString());
    }

    [Fact]
    public void The_engine_registers_the_system_clock_in_the_business_zone_and_keeps_a_clock_the_host_chose()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Bpm"] = "Data Source=:memory:",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddBpmEngine(configuration);
        var clock = services.BuildServiceProvider().GetRequiredService<TimeProvider>();
        Assert.Equal(TimeSpan.FromHours(8), clock.LocalTimeZone.GetUtcOffset(AfterBeijingMidnight));

        var chosen = new ManualClock(AfterBeijingMidnight, TimeZoneInfo.Utc);
        var hosted = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(chosen);
        hosted.AddBpmEngine(configuration);
        Assert.Same(chosen, hosted.BuildServiceProvider().GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void An_unknown_zone_is_refused_naming_the_setting() =>
        Assert.Contains("Bpm:Engine:TimeZone", Assert.Throws<InvalidOperationException>(() => ZonedTimeProvider.Resolve("Mars/Olympus")).Message);
}
