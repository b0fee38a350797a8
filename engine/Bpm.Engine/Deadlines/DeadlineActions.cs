namespace Bpm.Engine.Deadlines;

/// <summary>The actions recorded in a deadline's <c>history</c>.</summary>
public static class DeadlineActions
{
    public const string Start = "START";
    public const string Pause = "PAUSE";
    public const string Resume = "RESUME";
    public const string Extend = "EXTEND";
    public const string Close = "CLOSE";
}
