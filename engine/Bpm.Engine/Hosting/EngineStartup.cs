namespace Bpm.Engine.Hosting;

/// <summary>Prepares the engine before it serves requests: migrates the database.</summary>
public static class EngineStartup
{
    public static Task InitializeAsync(IServiceProvider services, CancellationToken ct)
        => throw new NotImplementedException("EngineStartup is provided by the engine hosting branch.");
}
