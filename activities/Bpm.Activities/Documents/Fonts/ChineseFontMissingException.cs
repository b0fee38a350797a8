namespace Bpm.Activities.Documents.Fonts;

/// <summary>No usable Chinese font: documents cannot be rendered. The message names the package to install.</summary>
public sealed class ChineseFontMissingException(string message) : Exception(message);
