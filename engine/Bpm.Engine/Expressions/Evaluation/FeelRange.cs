namespace Bpm.Engine.Expressions.Evaluation;

/// <summary>A range value such as [1..10] or (date1..date2].</summary>
internal sealed record FeelRange(object? Start, bool StartIncluded, object? End, bool EndIncluded)
{
    public bool? Contains(object? value)
    {
        var fromStart = FeelComparison.Compare(value, Start);
        var toEnd = FeelComparison.Compare(value, End);
        if (fromStart is null || toEnd is null) return null;
        var afterStart = StartIncluded ? fromStart >= 0 : fromStart > 0;
        var beforeEnd = EndIncluded ? toEnd <= 0 : toEnd < 0;
        return afterStart && beforeEnd;
    }
}
