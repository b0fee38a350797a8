namespace Bpm.Server.Problems;

/// <summary>Message ids are UUIDs; anything else is a bad request naming the field.</summary>
public static class MessageIds
{
    public static Guid Parse(string? raw, string field) =>
        Guid.TryParse(raw, out var id) ? id : throw new ApiBadRequestException($"「{raw}」不是有效的消息编号：{field} 须为 UUID ('{raw}' is not a valid message id: {field} must be a UUID).", field);

    public static Guid? ParseOptional(string? raw, string field) => string.IsNullOrEmpty(raw) ? null : Parse(raw, field);
}
