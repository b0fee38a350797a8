using System.Globalization;
using System.Text.RegularExpressions;

namespace Bpm.Engine.Tests.Architecture;

/// <summary>Issue 13 item 8: no test sleeps a fixed second or more to see a deadline or a sweep. A test moves the
/// controllable clock and runs (or awaits) the sweep or worker itself; a short poll with a timeout is the fallback where no
/// signal exists.</summary>
public sealed partial class RealTimeSleepTests
{
    /// <summary>Files (relative to tests/, '/' separators) allowed to sleep a second or more, each with the real-time
    /// behaviour it tests. Empty: nothing needs it today.</summary>
    private static readonly HashSet<string> AllowList = new(StringComparer.Ordinal)
    {
    };

    /// <summary>This file: its examples below are sleeps on purpose.</summary>
    private const string Self = "Bpm.Engine.Tests/Architecture/RealTimeSleepTests.cs";

    [Fact]
    public void No_test_sleeps_a_fixed_second_or_more()
    {
        var offences = (
            from line in TestSourceLines.Read([.. AllowList, Self])
            from sleep in LongSleeps(line.Text)
            select $"{line.File}:{line.Number}: {sleep}").ToList();
        Assert.True(offences.Count == 0, "Fixed sleeps of a second or more (move the clock and run the sweep instead):\n" + string.Join("\n", offences));
    }

    [Theory]
    [InlineData("await Task.Delay(TimeSpan.FromSeconds(3)); // the timer sweep", true)]
    [InlineData("await Task.Delay(TimeSpan.FromSeconds(2.5));", true)]
    [InlineData("await System.Threading.Tasks.Task.Delay(1000);", true)]
    [InlineData("Thread.Sleep(1_500);", true)]
    [InlineData("await Task.Delay(TimeSpan.FromMilliseconds(1000), ct);", true)]
    [InlineData("await Task.Delay(TimeSpan.FromMinutes(1));", true)]
    [InlineData("await Task.Delay(100);", false)]
    [InlineData("await Task.Delay(TimeSpan.FromSeconds(0.5));", false)]
    [InlineData("await Task.Delay(TimeSpan.FromMilliseconds(999));", false)]
    [InlineData("await Task.Delay(Timeout.Infinite, cancellationToken);", false)]
    [InlineData("var timeout = TimeSpan.FromSeconds(30);", false)]
    public void A_fixed_sleep_of_a_second_or_more_is_found(string line, bool found) =>
        Assert.Equal(found, LongSleeps(line).Any());

    private static IEnumerable<string> LongSleeps(string line)
    {
        foreach (Match match in FixedSleep().Matches(line))
        {
            var amount = double.Parse(match.Groups["amount"].Value.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var unit = match.Groups["unit"].Success ? match.Groups["unit"].Value : "Milliseconds";
            var milliseconds = unit switch
            {
                "Milliseconds" => amount,
                "Seconds" => amount * 1_000,
                "Minutes" => amount * 60_000,
                _ => amount * 3_600_000,
            };
            if (milliseconds >= 1_000) yield return match.Value;
        }
    }

    /// <summary>Task.Delay or Thread.Sleep with a literal: milliseconds, or TimeSpan.FromMilliseconds/Seconds/Minutes/Hours.</summary>
    [GeneratedRegex(@"(?:Task\.Delay|Thread\.Sleep)\(\s*(?:TimeSpan\.From(?<unit>Milliseconds|Seconds|Minutes|Hours)\(\s*)?(?<amount>\d[\d_]*(?:\.\d+)?)")]
    private static partial Regex FixedSleep();
}
