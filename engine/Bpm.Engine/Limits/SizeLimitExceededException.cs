using System.Globalization;

namespace Bpm.Engine.Limits;

/// <summary>Something is larger (or longer) than a configured limit; nothing was stored. <see cref="Limit"/> is the
/// configuration key, <see cref="LimitValue"/> its value; a length (text) limit is a bad request, a size limit a payload
/// too large.</summary>
public sealed class SizeLimitExceededException(string limit, long limitValue, string field, bool isLength, string message)
    : Exception(message)
{
    public string Limit { get; } = limit;
    public long LimitValue { get; } = limitValue;
    public string Field { get; } = field;
    public bool IsLength { get; } = isLength;

    public const string VariablesLimit = "Bpm:Engine:Limits:MaxVariablesBytes";
    public const string BusinessKeyLimit = "Bpm:Engine:Limits:MaxBusinessKeyLength";
    public const string JsonBodyLimit = "Bpm:Engine:Limits:MaxJsonBodyBytes";
    public const string AttachmentLimit = "Bpm:Attachments:MaxBytes";
    public const string AttachmentQuotaLimit = "Bpm:Attachments:MaxBytesPerInstance";

    public static SizeLimitExceededException Variables(long limit, long size, string field = "variables") =>
        new(VariablesLimit, limit, field, isLength: false,
            $"流程变量共 {N(size)} 字节，超出上限 {N(limit)} 字节（{VariablesLimit}），未保存");

    public static SizeLimitExceededException BusinessKey(int limit, int length) =>
        new(BusinessKeyLimit, limit, "businessKey", isLength: true,
            $"业务键长 {N(length)} 个字符，超出上限 {N(limit)} 个字符（{BusinessKeyLimit}）");

    public static SizeLimitExceededException JsonBody(long limit) =>
        new(JsonBodyLimit, limit, "body", isLength: false, $"请求体超出上限 {N(limit)} 字节（{JsonBodyLimit}），未保存");

    public static SizeLimitExceededException Attachment(long limit) =>
        new(AttachmentLimit, limit, "file", isLength: false, $"附件超出单个文件上限 {N(limit)} 字节（{AttachmentLimit}），未保存");

    public static SizeLimitExceededException AttachmentQuota(long limit, long used) =>
        new(AttachmentQuotaLimit, limit, "file", isLength: false,
            $"本案件附件已有 {N(used)} 字节，加上此文件将超出每案上限 {N(limit)} 字节（{AttachmentQuotaLimit}），未保存");

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
