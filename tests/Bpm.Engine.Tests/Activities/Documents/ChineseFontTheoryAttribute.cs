namespace Bpm.Engine.Tests.Activities.Documents;

/// <summary>The theory form of <see cref="ChineseFontFactAttribute"/>.</summary>
public sealed class ChineseFontTheoryAttribute : TheoryAttribute
{
    public ChineseFontTheoryAttribute()
    {
        if (FontAvailability.SkipReason is { } reason) Skip = reason;
    }
}
