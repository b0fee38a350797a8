namespace Bpm.Engine.Forms;

/// <summary>Submitted variables do not satisfy the task's form; nothing was changed. Every problem is listed.</summary>
public sealed class FormValidationException(string formId, int version, IReadOnlyList<FormFieldError> errors)
    : Exception($"提交的内容不符合表单「{formId}」第 {version} 版：{string.Join("；", errors.Select(e => $"{e.Field}：{e.Message}"))}")
{
    public string FormId { get; } = formId;
    public int Version { get; } = version;
    public IReadOnlyList<FormFieldError> Errors { get; } = errors;
}
