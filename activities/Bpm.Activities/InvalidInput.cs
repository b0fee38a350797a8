using Bpm.Engine.Activities;

namespace Bpm.Activities;

/// <summary>The error for an input an activity cannot work with; the message names the activity and the input.</summary>
public static class InvalidInput
{
    /// <param name="problem">What is wrong, completing "input 'x' …", e.g. "must not be negative (got -1)".</param>
    public static ActivityInputException Of(string activityType, string input, string problem) =>
        new(activityType, input, $"Activity '{activityType}': input '{input}' {problem}.");
}
