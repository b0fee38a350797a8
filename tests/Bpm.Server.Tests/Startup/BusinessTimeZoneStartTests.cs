using Bpm.Server.Startup;
using Bpm.Testing;

namespace Bpm.Server.Tests.Startup;

/// <summary>The real server process refuses to start on a business time zone the machine does not know, naming the setting
/// and the value, with the start-refused exit code.</summary>
public sealed class BusinessTimeZoneStartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bpm-time-zone-start-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task An_unknown_business_time_zone_refuses_the_start_naming_Bpm_Engine_TimeZone()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "workflows"));
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Bpm"] = $"Data Source={Path.Combine(_folder, "bpm.db")}",
            ["Bpm__Database__Provider"] = "Sqlite",
            ["Bpm__WorkflowsPath"] = Path.Combine(_folder, "workflows"),
            ["Bpm__Auth__KeyDirectory"] = Path.Combine(_folder, "keys"),
            ["Bpm__Bus__Transport"] = "InMemory",
            ["Bpm__Engine__TimeZone"] = "Mars/Olympus",
        };

        var (exitCode, stderr) = await ChildServerProcess.RunUntilExitAsync(settings, TimeSpan.FromMinutes(2));

        Assert.Equal(StartupRefusedException.ExitCode, exitCode);
        Assert.Contains("Bpm:Engine:TimeZone", stderr);
        Assert.Contains("Mars/Olympus", stderr);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
