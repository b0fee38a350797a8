using Bpm.Server.Disclosure.Masking;

namespace Bpm.Server.Disclosure;

/// <summary>Masks personal data in every field the public page shows, when the read model is written and again when it is
/// served (rows written before a rule existed are covered too): resident ID numbers (18 or 15 digits), mobile numbers
/// (+86, spaces, dashes), landlines, full-width digits and separators alike, and the names of natural persons and of
/// 个体工商户 operators where the text announces them. Organisations, agencies, case and decision numbers, dates and
/// amounts stay as written.</summary>
public static class PersonalDataMask
{
    public static string? Text(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        var masked = new MaskedText(text);
        IdentityNumbers.Mask(masked);
        PhoneNumbers.Mask(masked);
        PersonNames.Mask(masked);
        return masked.ToString();
    }

    /// <summary>A party name as published: a natural person's (or a 个体工商户 without a shop name, whose name is the
    /// operator's) keeps the surname only; an organisation's stays, with any personal data in it masked.</summary>
    public static string? PartyName(string? name, bool naturalPerson, bool soleTrader)
    {
        if (string.IsNullOrWhiteSpace(name) || name.EndsWith('*')) return name;
        if (naturalPerson || (soleTrader && PersonNames.IsPersonName(name.Trim()))) return PersonName(name);
        return Text(name);
    }

    /// <summary>Every shown field of an entry masked (the agency, category, dates and the entry id are not personal).</summary>
    public static PublicDisclosure Entry(PublicDisclosure entry) => entry with
    {
        CaseNumber = Text(entry.CaseNumber),
        DecisionNumber = Text(entry.DecisionNumber),
        PartyName = Text(entry.PartyName),
        PartyCreditCode = Text(entry.PartyCreditCode),
        DecisionSummary = Text(entry.DecisionSummary),
        LegalBasis = Text(entry.LegalBasis),
    };

    /// <summary>A natural person's name as published: the surname and an asterisk per other character (张*, 欧阳**).</summary>
    public static string PersonName(string name)
    {
        name = name.Trim();
        if (name.Length <= 1) return name;
        var surname = Math.Max(1, ChineseSurnames.At(name, 0));
        if (surname >= name.Length) surname = 1;
        return name[..surname] + new string('*', name.Length - surname);
    }
}
