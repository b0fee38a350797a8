namespace Bpm.Server.Identity.Demo;

/// <summary>The Chinese names of the groups the demo people carry (docs/people.md): what the studio shows for a candidate
/// group instead of its code.</summary>
public static class DemoGroups
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["zz-scjg-jicha"] = "市局执法稽查处执法人员",
        ["zz-scjg-fazhi"] = "市局法规处法制审核人员",
        ["zz-scjg-leaders"] = "市局负责人",
        ["js-scjg-zhifa"] = "金水区局执法人员",
        ["js-scjg-fazhi"] = "金水区局法制审核人员",
        ["js-scjg-leaders"] = "金水区局负责人",
        ["zz-sfj-jiandu"] = "市司法局执法监督人员",
        ["zm-sfj-jiandu"] = "中牟县司法局执法监督人员",
    };
}
