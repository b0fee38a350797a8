namespace Bpm.Server.Tests.Workflows;

/// <summary>A BPMNShape's bounds, named by the element it draws.</summary>
public sealed record DiagramShape(string ElementId, double X, double Y, double Width, double Height)
{
    /// <summary>True when the two rectangles share some area (touching edges do not count).</summary>
    public bool Overlaps(DiagramShape other) =>
        X < other.X + other.Width && other.X < X + Width && Y < other.Y + other.Height && other.Y < Y + Height;
}
