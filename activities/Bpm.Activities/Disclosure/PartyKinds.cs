using Bpm.Contracts.V1;

namespace Bpm.Activities.Disclosure;

/// <summary>Reads a party kind given as the contract name (NaturalPerson) or in Chinese (自然人, 法人, 其他组织, 个体工商户).</summary>
public static class PartyKinds
{
    public static PartyKind? Parse(string? text) => text?.Trim() switch
    {
        null or "" => null,
        "自然人" or "公民" => PartyKind.NaturalPerson,
        "法人" => PartyKind.LegalPerson,
        "其他组织" => PartyKind.OtherOrganisation,
        "个体工商户" => PartyKind.SoleTrader,
        var name => Enum.TryParse<PartyKind>(name, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !char.IsDigit(name[0]) ? kind : null,
    };
}
