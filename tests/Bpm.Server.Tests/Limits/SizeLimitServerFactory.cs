using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Limits;

/// <summary>The server with small size limits.</summary>
public sealed class SizeLimitServerFactory<TDatabase> : BpmServerFactory<TDatabase> where TDatabase : IServerDatabase
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => SizeLimitSettings.Values;
}
