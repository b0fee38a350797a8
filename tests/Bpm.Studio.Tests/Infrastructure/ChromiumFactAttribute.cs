namespace Bpm.Studio.Tests.Infrastructure;

/// <summary>A browser test: skipped, saying why, when Debian's Chromium is missing, except in CI where it must run.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.SkipReason is { } reason) Skip = reason;
    }
}
