namespace Bpm.Engine.Decisions.Parsing;

/// <summary>Where in a DMN file a problem is, in the words a rule author uses: decision, rule (numbered from 1) and entry.</summary>
internal static class DmnPlace
{
    public static string Decision(string id, string name) => name == id || name.Length == 0 ? $"决策 '{id}'" : $"决策 '{id}'（{name}）";

    public static string Rule(string ruleId, int index) => $"规则 '{ruleId}'（第 {index} 条）";

    public static string Line(int? line) => line is > 0 ? $"（第 {line} 行）" : "";
}
