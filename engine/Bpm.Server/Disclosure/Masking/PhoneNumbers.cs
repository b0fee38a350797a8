using System.Text.RegularExpressions;

namespace Bpm.Server.Disclosure.Masking;

/// <summary>Mainland mobile numbers, with or without +86 / 86 / 0086 and with spaces or dashes between the 3-4-4 groups
/// (138****5678), and landlines with an area code (0371-****2100).</summary>
internal static partial class PhoneNumbers
{
    public static void Mask(MaskedText text)
    {
        foreach (Match match in Mobile().Matches(text.Folded))
        {
            var core = match.Groups["core"];
            text.HideDigits(core.Index, core.Length, 3, 4);
        }
        foreach (Match match in Landline().Matches(text.Folded))
        {
            var local = match.Groups["local"];
            text.HideDigits(local.Index, local.Length, 0, 4);
        }
    }

    [GeneratedRegex(@"(?<![0-9])(?:(?:\+|00)?86[ -]?|\(\+?86\)[ -]?)?(?<core>1[3-9][0-9](?:[ -]?[0-9]{4}){2})(?![0-9]|\.[0-9]| ?元)")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"(?<![0-9])(?:\(0[1-9][0-9]{1,2}\)|0[1-9][0-9]{1,2})[ -]?(?<local>[2-8][0-9]{2,3}[ -]?[0-9]{4})(?![0-9])")]
    private static partial Regex Landline();
}
