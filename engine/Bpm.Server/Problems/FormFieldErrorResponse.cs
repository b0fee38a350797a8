namespace Bpm.Server.Problems;

/// <summary>One field of a rejected form submission, as listed in the problem's <c>errors</c>.</summary>
public sealed record FormFieldErrorResponse(string Field, string Message);
