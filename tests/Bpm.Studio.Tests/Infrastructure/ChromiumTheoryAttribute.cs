namespace Bpm.Studio.Tests.Infrastructure;

/// <summary>A browser theory: skipped like <see cref="ChromiumFactAttribute"/>.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (Chromium.SkipReason is { } reason) Skip = reason;
    }
}
