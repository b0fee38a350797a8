using System.Text.RegularExpressions;

namespace Bpm.Server.Disclosure.Masking;

/// <summary>Resident identity card numbers: 18 characters (17 digits and a digit or X check character) or the old 15 digits,
/// starting with a province code and holding a plausible birth date; spaces or dashes between the 6-8-4 groups allowed.
/// A 统一社会信用代码 (letters, or a 9x/5x/1x prefix that is no province) is not one. Keeps the region code and the last
/// four (three) characters.</summary>
internal static partial class IdentityNumbers
{
    public static void Mask(MaskedText text)
    {
        foreach (Match match in Eighteen().Matches(text.Folded)) text.HideDigits(match.Index, match.Length, 6, 4);
        foreach (Match match in Fifteen().Matches(text.Folded)) text.HideDigits(match.Index, match.Length, 6, 3);
    }

    private const string Province = "(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3])";
    private const string MonthDay = "(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])";

    [GeneratedRegex(@"(?<![0-9A-Za-z])" + Province + @"[0-9]{4}[ -]?(?:18|19|20)[0-9]{2}" + MonthDay + @"[ -]?[0-9]{3}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex Eighteen();

    [GeneratedRegex(@"(?<![0-9A-Za-z])" + Province + @"[0-9]{4}[0-9]{2}" + MonthDay + @"[0-9]{3}(?![0-9A-Za-z])")]
    private static partial Regex Fifteen();
}
