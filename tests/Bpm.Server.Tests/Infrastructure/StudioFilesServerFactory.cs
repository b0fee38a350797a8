namespace Bpm.Server.Tests.Infrastructure;

/// <summary>The server serving a minimal studio build (see <see cref="StudioFolder"/>).</summary>
public sealed class StudioFilesServerFactory<TDatabase> : BpmServerFactory<TDatabase> where TDatabase : IServerDatabase
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => StudioFolder.Settings(TempRoot);
}
