namespace Bpm.Engine.Activities;

/// <summary>An activity class is not a valid activity (missing attribute, duplicate type, unusable property, ...).
/// Raised at registration, so a broken activity stops the server at start-up instead of failing a running instance.</summary>
public sealed class ActivityDefinitionException(string message) : InvalidOperationException(message);
