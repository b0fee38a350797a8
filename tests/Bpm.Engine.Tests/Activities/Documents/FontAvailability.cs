using Bpm.Activities.Documents.Fonts;

namespace Bpm.Engine.Tests.Activities.Documents;

internal static class FontAvailability
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static bool FontInstalled => ChineseFontLocator.KnownPaths.Any(File.Exists);

    public static string? SkipReason => FontInstalled || InCi
        ? null
        : $"No Chinese TrueType font installed: apt-get install {ChineseFontLocator.DebianPackage} (CI installs it and never skips).";
}
