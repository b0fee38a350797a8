using System.Text;
using System.Text.Json.Nodes;
using Bpm.Activities;
using Bpm.Activities.Documents;
using Bpm.Activities.Enforcement;
using Bpm.Engine.Activities;
using Bpm.Engine.Tests.Activities;
using Bpm.Engine.Tests.Activities.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Time;

/// <summary>The activities that read the clock count the Beijing date on a machine in UTC at 01:30 Beijing time, with the
/// host's clock registered after the activities.</summary>
public sealed class BeijingDateInActivitiesTests : IDisposable
{
    private readonly string _store = DocumentTestServices.TemporaryDirectory();

    [Fact]
    public async Task A_named_statutory_deadline_started_after_beijing_midnight_starts_on_the_beijing_date()
    {
        using var services = ActivityTestHost.Build(s => s
            .AddBpmActivities(BpmActivitiesAssembly.Assembly)
            .AddBpmEnforcementOptions(new ConfigurationBuilder().Build())
            .AddSingleton<TimeProvider>(UtcMachineClock.Pinned()));

        var result = await services.InvokeAsync("bpm:statutory-deadline", new JsonObject { ["period"] = "service" });

        var deadline = result.Variables["deadlines"]!["service"]!;
        Assert.Equal("2026-12-08T01:30:00+08:00", (string)deadline["start"]!);
        // Seven working days after Tuesday 8 December, to 24:00 of the last.
        Assert.Equal("2026-12-17T23:59:59+08:00", (string)deadline["due"]!);
    }

    [ChineseFontFact]
    public async Task A_generated_document_is_dated_in_beijing_time()
    {
        using var services = ActivityTestHost.Build(s =>
        {
            DocumentTestServices.Add(s, _store);
            s.AddSingleton<TimeProvider>(UtcMachineClock.Pinned());
        });

        var result = await services.InvokeAsync(DocumentActivities.GenerateType,
            new JsonObject { ["documentType"] = "penaltyDecision", ["data"] = CaseData.Penalty() });

        var pdf = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(Path.Combine(_store, result.Documents[0].Sha256)));
        // The instant (2026-12-07T17:30Z) in Beijing time with its offset, not Beijing wall time labelled with the machine's UTC.
        Assert.Contains("/CreationDate(D:20261208013000+08'00')", pdf);
    }

    public void Dispose()
    {
        if (Directory.Exists(_store)) Directory.Delete(_store, recursive: true);
    }
}
