using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Limits;

/// <summary>The server on PostgreSQL with small size limits.</summary>
public sealed class PostgresSizeLimitServerFactory : PostgresBpmServerFactory
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => SizeLimitSettings.Values;
}
