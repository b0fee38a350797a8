namespace Bpm.Engine.Parsing;

/// <summary>One problem found in a model at deployment: which element (when known), what is wrong, and the line in the XML.</summary>
public sealed record ValidationError(string? ElementId, string Message, int? Line, string? ElementType = null, string? ResourceName = null);
