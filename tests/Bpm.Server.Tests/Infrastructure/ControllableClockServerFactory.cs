namespace Bpm.Server.Tests.Infrastructure;

/// <summary>The server with <c>Bpm:Testing:ControllableClock</c> on.</summary>
public sealed class ControllableClockServerFactory<TDatabase> : BpmServerFactory<TDatabase> where TDatabase : IServerDatabase
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings { get; } =
        new Dictionary<string, string?> { ["Bpm:Testing:ControllableClock"] = "true" };
}
