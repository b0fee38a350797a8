using Bpm.Activities.Documents.Fonts;

namespace Bpm.Engine.Tests.Activities.Documents;

/// <summary>A test that renders PDFs: skipped, with the reason shown, only when no Chinese font is installed AND the run is
/// not CI (CI installs the font with .ci/services; there a missing font fails the test instead).</summary>
public sealed class ChineseFontFactAttribute : FactAttribute
{
    public ChineseFontFactAttribute()
    {
        if (FontAvailability.SkipReason is { } reason) Skip = reason;
    }
}
