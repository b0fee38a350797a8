namespace Bpm.Engine.Forms;

/// <summary>One submitted field that does not satisfy the form: its path (e.g. <c>amount</c>, <c>address.city</c>,
/// <c>items[1].name</c>) and why.</summary>
public sealed record FormFieldError(string Field, string Message);
