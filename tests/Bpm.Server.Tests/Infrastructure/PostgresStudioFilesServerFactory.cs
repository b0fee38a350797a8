namespace Bpm.Server.Tests.Infrastructure;

/// <summary>The PostgreSQL server serving a minimal studio build (see <see cref="StudioFolder"/>).</summary>
public sealed class PostgresStudioFilesServerFactory : PostgresBpmServerFactory
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => StudioFolder.Settings(TempRoot);
}
