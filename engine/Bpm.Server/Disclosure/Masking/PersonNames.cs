using System.Text.RegularExpressions;

namespace Bpm.Server.Disclosure.Masking;

/// <summary>Names of natural persons (and of the operators of 个体工商户) in running text, found by what announces them:
/// "当事人张三", "经营者：李四", "个体工商户王五", "张三（个体工商户）". The surname stays (张*, 欧阳**). Organisations after
/// the same words (当事人郑州某某食品有限公司) are not names and stay as written.</summary>
internal static partial class PersonNames
{
    /// <summary>Characters that end a given name when they follow its first character: the words that usually come next
    /// in a decision's sentence (于, 在, 因, 未, 销售, 经营, 涉嫌, 的 ...).</summary>
    private static readonly HashSet<char> Stops = [.. "于在因未违涉系是等无已对将被以与和及自从为不拒擅现住身男女所持承称主存购使出进开占作向应可并且也都就还又有要会能到了着过之其该此销经的曾均即却仍共各另同电手联地户籍岁"];

    /// <summary>Words that make a run of characters an organisation (or a place) rather than a person's name.</summary>
    private static readonly string[] OrganisationMarkers =
    [
        "公司", "有限", "集团", "合作社", "中心", "商行", "超市", "商店", "门市", "经营部", "营业部", "分部", "工厂", "厂", "店",
        "局", "院", "所", "站", "馆", "社", "协会", "委员会", "银行", "学校", "酒店", "饭店", "药房", "工作室", "事务所",
        "市", "区", "县", "乡", "镇", "村", "街道", "省", "某某",
    ];

    public static void Mask(MaskedText text)
    {
        var folded = text.Folded;
        foreach (Match match in Announced().Matches(folded))
            HideGivenName(text, match.Index + match.Length, NameLengthAt(folded, match.Index + match.Length));
        foreach (Match match in SoleTraderSuffix().Matches(folded))
        {
            var start = NameStartBefore(folded, match.Index);
            if (start >= 0) HideGivenName(text, start, match.Index - start);
        }
    }

    [GeneratedRegex(@"(?:被申请人|申请人|当事人|经营者|投诉人|举报人|负责人|业主|户主|个体工商户|个体户)[:： ]*")]
    private static partial Regex Announced();

    [GeneratedRegex(@"[(（]个体(?:工商户|户|经营者)?[)）]")]
    private static partial Regex SoleTraderSuffix();

    /// <summary>Surname + one or two characters at <paramref name="index"/>, or 0 when what follows is no person's name.</summary>
    private static int NameLengthAt(string text, int index)
    {
        var surname = ChineseSurnames.At(text, index);
        if (surname == 0 || IsOrganisation(text, index) || CommonWords.Any(word => string.CompareOrdinal(text, index, word, 0, word.Length) == 0)) return 0;
        var length = surname;
        if (index + length < text.Length && IsHan(text[index + length])) length++;
        else return 0;
        if (index + length < text.Length && IsHan(text[index + length]) && !Stops.Contains(text[index + length])) length++;
        return length;
    }

    /// <summary>A name ending at <paramref name="end"/> (just before "（个体工商户）"): the longest of three or two characters
    /// that starts with a surname.</summary>
    private static int NameStartBefore(string text, int end)
    {
        for (var length = 4; length >= 2; length--)
        {
            var start = end - length;
            if (start < 0 || !Enumerable.Range(start, length).All(i => IsHan(text[i]))) continue;
            var surname = ChineseSurnames.At(text, start);
            if (surname > 0 && length - surname is 1 or 2 && !IsOrganisation(text, start)) return start;
        }
        return -1;
    }

    /// <summary>The run of Han characters from <paramref name="index"/>, up to the first word that starts a clause (经营, 销售,
    /// 的 ...), names an organisation or a place.</summary>
    private static bool IsOrganisation(string text, int index)
    {
        var end = index;
        while (end < text.Length && IsHan(text[end])) end++;
        var run = text[index..end];
        foreach (var clause in ClauseStarts)
        {
            var at = run.IndexOf(clause, StringComparison.Ordinal);
            if (at > 0) run = run[..at];
        }
        return OrganisationMarkers.Any(marker => run.Contains(marker, StringComparison.Ordinal));
    }

    /// <summary>Words that start with a surname's character but follow 当事人 / 经营者 as words, not names.</summary>
    private static readonly string[] CommonWords =
    [
        "应当", "应该", "应按", "应予", "于是", "陈述", "申辩", "申请", "明知", "明显", "常年", "常住", "时任", "安排", "安全",
        "江湖", "华侨", "万元", "石材", "金额", "金融", "高度", "高价", "康复", "温度", "和解", "成立", "成年", "管理", "商品",
        "程序", "孔雀", "方面", "方式", "向其", "何时", "任何", "严重", "尚未", "毕业", "左右", "连续", "童装", "全部", "全体",
    ];

    private static readonly string[] ClauseStarts = ["经营", "销售", "生产", "的", "于", "在", "因", "未", "违反", "涉嫌", "系", "对", "将", "称", "等"];

    /// <summary>A whole value that is a person's name: two to four Han characters from a surname, no organisation word.</summary>
    public static bool IsPersonName(string value) =>
        value.Length is >= 2 and <= 4 && value.All(IsHan) && ChineseSurnames.At(value, 0) > 0 && !IsOrganisation(value, 0);

    private static void HideGivenName(MaskedText text, int start, int length)
    {
        if (length < 2) return;
        var surname = ChineseSurnames.At(text.Folded, start);
        for (var i = start + surname; i < start + length; i++) text.Hide(i);
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
