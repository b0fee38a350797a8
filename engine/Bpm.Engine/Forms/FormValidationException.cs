namespace Bpm.Engine.Forms;

/// <summary>Submitted variables do not satisfy the task's form; nothing was changed. Every problem is listed.</summary>
public sealed class FormValidationException(string formId, int version, IReadOnlyList<FormFieldError> errors)
    : Exception($"The submitted variables do not satisfy form '{formId}' version {version}: {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))}")
{
    public string FormId { get; } = formId;
    public int Version { get; } = version;
    public IReadOnlyList<FormFieldError> Errors { get; } = errors;
}
