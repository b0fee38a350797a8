namespace Bpm.Server.Tests.Infrastructure;

/// <summary>The SQLite server serving a minimal studio build (see <see cref="StudioFolder"/>).</summary>
public sealed class StudioFilesServerFactory : BpmServerFactory
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => StudioFolder.Settings(TempRoot);
}
