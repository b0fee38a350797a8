namespace Bpm.Studio.Tests.Infrastructure;

/// <summary>Debian's Chromium, which the browser tests drive (Playwright never downloads a browser here).</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Flags for a headless run as root on a machine with no outside network.</summary>
    public static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-quic", "--no-first-run",
    ];

    public static bool Installed => File.Exists(ExecutablePath);

    /// <summary>In CI a missing browser is a failure, never a skip.</summary>
    public static bool MustRun => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? SkipReason => Installed || MustRun
        ? null
        : $"{ExecutablePath} is not installed (apt-get install chromium fonts-noto-cjk, or sudo .ci/services); with CI=true this fails instead.";
}
