using System.Text.RegularExpressions;

namespace Bpm.Activities.Disclosure;

/// <summary>Masks the personal data of natural persons before a decision is disclosed (公示): names keep the surname (张*,
/// 欧阳**), ID numbers keep the region code and the last four characters, mobile numbers keep 3 + 4 digits, landlines
/// keep the area code and last four digits, addresses keep the administrative divisions down to the county.</summary>
public static partial class PersonalDataMasking
{
    private static readonly string[] CompoundSurnames =
    [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐",
        "端木", "独孤", "南宫", "西门", "澹台", "公冶", "太史", "申屠", "钟离", "闻人", "赫连", "呼延", "万俟", "拓跋", "百里",
        "东郭", "左丘", "梁丘", "第五", "濮阳", "淳于", "单于", "司空", "鲜于", "仲孙", "亓官", "司寇", "子车", "颛孙", "巫马",
    ];

    /// <summary>张三 → 张*, 欧阳娜娜 → 欧阳**, a one-character name → *, 阿依古丽·买买提 → 阿*******.</summary>
    public static string MaskName(string name)
    {
        name = name.Trim();
        if (name.Length <= 1) return name.Length == 0 ? name : "*";
        var kept = CompoundSurnames.FirstOrDefault(s => name.StartsWith(s, StringComparison.Ordinal) && name.Length > s.Length)?.Length ?? 1;
        return name[..kept] + new string('*', name.Length - kept);
    }

    /// <summary>18-digit (last may be X) or 15-digit resident ID: 410105199001011234 → 410105********1234.</summary>
    public static string MaskIdNumber(string id)
    {
        id = id.Trim();
        return id.Length switch
        {
            18 => id[..6] + new string('*', 8) + id[14..],
            15 => id[..6] + new string('*', 6) + id[12..],
            > 4 => new string('*', id.Length - 4) + id[^4..],
            _ => new string('*', id.Length),
        };
    }

    /// <summary>13812345678 → 138****5678; 0371-65432100 → 0371-****2100; other numbers keep their last four digits.</summary>
    public static string MaskPhone(string phone)
    {
        phone = phone.Trim();
        if (Mobile().IsMatch(phone) && phone.Length == 11) return phone[..3] + "****" + phone[^4..];
        var landline = Landline().Match(phone);
        if (landline.Success) return landline.Groups[1].Value + landline.Groups[2].Value + new string('*', landline.Groups[3].Length - 4) + landline.Groups[3].Value[^4..];
        var digits = phone.Count(char.IsAsciiDigit);
        var seen = 0;
        return new string(phone.Select(c => char.IsAsciiDigit(c) && ++seen <= digits - 4 ? '*' : c).ToArray());
    }

    /// <summary>河南省郑州市金水区花园路100号 → 河南省郑州市金水区****.</summary>
    public static string MaskAddress(string address)
    {
        address = address.Trim();
        var divisions = Divisions().Match(address);
        var kept = divisions.Success ? divisions.Value : "";
        return kept.Length == address.Length ? address : kept + "****";
    }

    /// <summary>Masks, inside free text, resident ID numbers and phone numbers, and the given names and addresses.</summary>
    public static string MaskText(string text, IEnumerable<string> names, IEnumerable<string> addresses)
    {
        foreach (var address in addresses.Where(a => a.Trim().Length > 0).OrderByDescending(a => a.Length))
            text = text.Replace(address.Trim(), MaskAddress(address), StringComparison.Ordinal);
        foreach (var name in names.Where(n => n.Trim().Length > 0).OrderByDescending(n => n.Length))
            text = text.Replace(name.Trim(), MaskName(name), StringComparison.Ordinal);
        text = IdInText().Replace(text, m => MaskIdNumber(m.Value));
        text = MobileInText().Replace(text, m => MaskPhone(m.Value));
        return LandlineInText().Replace(text, m => MaskPhone(m.Value));
    }

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"^\(?(0\d{2,3})\)?([-\s]?)(\d{7,8})$")]
    private static partial Regex Landline();

    [GeneratedRegex(@"^(?:.{2,12}?(?:省|自治区))?(?:.{1,12}?(?:自治州|市|州|盟|地区))?(?:.{1,12}?(?:区|县|市|旗))?")]
    private static partial Regex Divisions();

    [GeneratedRegex(@"(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")]
    private static partial Regex IdInText();

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex MobileInText();

    [GeneratedRegex(@"(?<!\d)0\d{2,3}-\d{7,8}(?!\d)")]
    private static partial Regex LandlineInText();
}
