using System.Globalization;
using Bpm.Enforcement.Evidence;
using Bpm.Engine.Evidence;
using Bpm.Server.Problems;

namespace Bpm.Server.Evidence;

/// <summary>The form fields that make an uploaded attachment an evidence item (音像记录): <c>evidenceKind</c>
/// (video, audio, photo, on-site-record), <c>device</c> (required but for on-site records), <c>capturedAt</c> (ISO 8601 with
/// offset), <c>place</c> and <c>officer</c> (default: the uploader). Without <c>evidenceKind</c> the file is a plain attachment.</summary>
public static class EvidenceFormFields
{
    private const int MaxFieldLength = 200;

    public static EvidenceDetails? Read(IFormCollection form, string uploader)
    {
        var kind = Field(form, "evidenceKind");
        if (kind is null) return null;
        if (!EvidenceKinds.IsKnown(kind))
            throw new ApiBadRequestException($"音像记录类型“{kind}”无效，应为 {string.Join("、", EvidenceKinds.Names.Select(n => $"{n.Key}（{n.Value}）"))}", "evidenceKind");
        var device = Field(form, "device");
        if (device is null && EvidenceKinds.NeedsDevice(kind))
            throw new ApiBadRequestException($"{EvidenceKinds.Names[kind]}须填写采集设备（如执法记录仪编号）", "device");
        var capturedText = Field(form, "capturedAt")
            ?? throw new ApiBadRequestException("音像记录须填写采集时间", "capturedAt");
        // A time without an offset would be read in the server's own zone (8 hours off on a server kept in UTC): refused.
        if (!DateTime.TryParse(capturedText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var written)
            || written.Kind == DateTimeKind.Unspecified
            || !DateTimeOffset.TryParse(capturedText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var capturedAt)
            || !capturedText.Contains('T'))
            throw new ApiBadRequestException($"采集时间“{capturedText}”不是带时区的 ISO 8601 时间，如 2026-12-06T09:30:00+08:00", "capturedAt");
        var place = Field(form, "place") ?? throw new ApiBadRequestException("音像记录须填写采集地点", "place");
        return new EvidenceDetails(kind, device, capturedAt, place, Field(form, "officer") ?? uploader);
    }

    private static string? Field(IFormCollection form, string name)
    {
        var value = form[name].ToString().Trim();
        if (value.Length > MaxFieldLength)
            throw new ApiBadRequestException($"字段 {name} 不能超过 {MaxFieldLength} 个字符", name);
        return value.Length == 0 ? null : value;
    }
}
