using System.Text.RegularExpressions;

namespace Bpm.Server.Disclosure;

/// <summary>Masks personal data an officer may have left in free text before it goes public: resident identity card
/// numbers (18 characters) and mainland mobile numbers keep their first and last digits only.</summary>
public static partial class PersonalDataMask
{
    public static string? Text(string? text) =>
        text is null ? null : MobileNumber().Replace(IdentityCardNumber().Replace(text, m => Keep(m.Value, 6, 4)), m => Keep(m.Value, 3, 4));

    /// <summary>A natural person's name as published: the family name and one asterisk (张*).</summary>
    public static string PersonName(string name) => name.Length <= 1 ? name : $"{name[..1]}*";

    private static string Keep(string value, int head, int tail) =>
        value[..head] + new string('*', value.Length - head - tail) + value[^tail..];

    [GeneratedRegex(@"(?<![0-9A-Za-z])[1-9]\d{16}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex IdentityCardNumber();

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex MobileNumber();
}
