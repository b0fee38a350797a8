namespace Bpm.Engine.Activities;

/// <summary>An input of an activity is missing or cannot be converted to the property's type.
/// A technical failure: the job is retried and, when retries run out, an incident names the input.</summary>
public sealed class ActivityInputException : Exception
{
    public ActivityInputException(string activityType, string inputName, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ActivityType = activityType;
        InputName = inputName;
    }

    public string ActivityType { get; }
    public string InputName { get; }
}
