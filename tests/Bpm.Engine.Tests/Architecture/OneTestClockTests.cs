using System.Text.RegularExpressions;

namespace Bpm.Engine.Tests.Architecture;

/// <summary>Issue 13 item 8: one controllable clock for every test. A test that needs time gets it from
/// <c>tests/Shared/TestClock.cs</c> (a <c>FakeTimeProvider</c>) and moves it; it declares no clock of its own, reads no
/// machine clock through <c>TimeProvider.System</c> and makes no <c>FakeTimeProvider</c> but through <c>TestClock</c>.
/// (A server test may also move the server's clock through <c>/api/clock</c>, the only way into a child process.)</summary>
public sealed partial class OneTestClockTests
{
    /// <summary>The one place that makes the clock, and this file, whose examples below are offences on purpose.</summary>
    private static readonly string[] Exempt = ["Shared/TestClock.cs", "Bpm.Engine.Tests/Architecture/OneTestClockTests.cs"];

    [Fact]
    public void Tests_use_no_clock_but_the_test_clock()
    {
        var offences = (
            from line in TestSourceLines.Read(Exempt)
            from offence in OtherClocks(line.Text)
            select $"{line.File}:{line.Number}: {offence}").ToList();
        Assert.True(offences.Count == 0, "Clocks other than TestClock (start one with TestClock.At and move it):\n" + string.Join("\n", offences));
    }

    [Theory]
    [InlineData("public sealed class ManualClock(DateTimeOffset start) : TimeProvider", true)]
    [InlineData("    private sealed class UtcMachineClock : TimeProvider", true)]
    [InlineData("internal sealed class SteppingClock : System.TimeProvider, IDisposable", true)]
    [InlineData("sealed class FastClock : FakeTimeProvider", true)]
    [InlineData("var parser = new BpmnParser(new FeelEngine(TimeProvider.System));", true)]
    [InlineData("public FakeTimeProvider AuthClock { get; } = new(DateTimeOffset.UtcNow);", true)]
    [InlineData("var clock = new FakeTimeProvider(start);", true)]
    [InlineData("private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = new();", true)]
    [InlineData("public FakeTimeProvider Clock { get; } = TestClock.At(new DateTimeOffset(2025, 9, 26, 9, 0, 0, TestClock.China));", false)]
    [InlineData("services.AddSingleton<TimeProvider>(TestClock.AtRealNow());", false)]
    [InlineData("var clock = new ControllableClock(TestClock.At(AfterBeijingMidnight, TimeZoneInfo.Utc));", false)]
    [InlineData("public sealed class TimerSweepTests(ITestOutputHelper output) : EngineTestBase", false)]
    public void A_clock_other_than_the_test_clock_is_found(string line, bool found) =>
        Assert.Equal(found, OtherClocks(line).Any());

    private static IEnumerable<string> OtherClocks(string line) =>
        new[] { ClockDeclaration(), MachineClock(), FakeClockMadeByHand() }.SelectMany(rule => rule.Matches(line)).Select(m => m.Value);

    /// <summary>A class deriving from TimeProvider or FakeTimeProvider.</summary>
    [GeneratedRegex(@"\bclass\s+\w+(?:<[^>]*>)?(?:\([^)]*\))?\s*:\s*(?:[\w.]+\.)?(?:Fake)?TimeProvider\b")]
    private static partial Regex ClockDeclaration();

    [GeneratedRegex(@"\bTimeProvider\.System\b")]
    private static partial Regex MachineClock();

    /// <summary><c>new FakeTimeProvider(…)</c>, or a field or property of that type set with a target-typed <c>new(…)</c>.</summary>
    [GeneratedRegex(@"\bnew\s+(?:[\w.]+\.)?FakeTimeProvider\b|\bFakeTimeProvider\s+\w+\s*(?:\{[^}]*\})?\s*=\s*new\s*\(")]
    private static partial Regex FakeClockMadeByHand();
}
