using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Limits;

/// <summary>The server on SQLite with small size limits.</summary>
public sealed class SizeLimitServerFactory : BpmServerFactory
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => SizeLimitSettings.Values;
}
