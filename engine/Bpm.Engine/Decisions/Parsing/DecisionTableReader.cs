using System.Xml.Linq;
using Bpm.Engine.Decisions.Model;
using Bpm.Engine.Expressions;
using Bpm.Engine.Parsing;

namespace Bpm.Engine.Decisions.Parsing;

/// <summary>Reads a <c>decisionTable</c>: hit policy, input and output columns, annotation columns and rules.</summary>
internal sealed class DecisionTableReader(XNamespace ns, CellCompiler cells)
{
    private static readonly Dictionary<string, HitPolicy> HitPolicies = new(StringComparer.Ordinal)
    {
        ["UNIQUE"] = HitPolicy.Unique, ["FIRST"] = HitPolicy.First, ["PRIORITY"] = HitPolicy.Priority, ["ANY"] = HitPolicy.Any,
        ["COLLECT"] = HitPolicy.Collect, ["RULE ORDER"] = HitPolicy.RuleOrder, ["OUTPUT ORDER"] = HitPolicy.OutputOrder,
    };

    private static readonly Dictionary<string, CollectAggregation> Aggregations = new(StringComparer.Ordinal)
    {
        ["SUM"] = CollectAggregation.Sum, ["MIN"] = CollectAggregation.Min, ["MAX"] = CollectAggregation.Max, ["COUNT"] = CollectAggregation.Count,
    };

    private bool valid = true;

    public DecisionTable? Read(XElement table)
    {
        var line = table.Line();
        var hitPolicyText = table.Attr("hitPolicy") ?? "UNIQUE";
        if (!HitPolicies.TryGetValue(hitPolicyText, out var hitPolicy)) Fail($"命中策略 '{hitPolicyText}' 未知", line);
        var aggregation = ReadAggregation(table, hitPolicy, line);

        var inputs = table.Elements(ns + "input").Select(ReadInput).ToList();
        var outputs = table.Elements(ns + "output").Select(ReadOutput).ToList();
        if (outputs.Count == 0) Fail("决策表没有输出列", line);
        if (outputs.Count > 1)
            foreach (var unnamed in outputs.Where(o => o.Name.Length == 0))
                Fail($"有多个输出列时每列都要有 name，输出列 '{unnamed.Id}' 没有", unnamed.Line);
        if (outputs.Count > 1 && aggregation != CollectAggregation.None) Fail("聚合 (aggregation) 只适用于单个输出列", line);
        if (hitPolicy is HitPolicy.Priority or HitPolicy.OutputOrder && outputs.All(o => o.OutputValues is null))
            Fail($"命中策略 {hitPolicyText} 需要输出列的取值列表 (outputValues) 来排序", line);

        var annotations = table.Elements(ns + "annotation").Select((a, i) => a.Attr("name") ?? $"annotation{i + 1}").ToList();
        var rules = table.Elements(ns + "rule").Select((r, i) => ReadRule(r, i + 1, inputs.Count, outputs.Count, annotations)).ToList();
        return valid ? new DecisionTable(hitPolicy, aggregation, inputs, outputs, rules, annotations) : null;
    }

    private CollectAggregation ReadAggregation(XElement table, HitPolicy hitPolicy, int line)
    {
        if (table.Attr("aggregation") is not { } text) return CollectAggregation.None;
        if (!Aggregations.TryGetValue(text, out var aggregation)) Fail($"聚合 '{text}' 未知（应为 SUM、MIN、MAX 或 COUNT）", line);
        else if (hitPolicy != HitPolicy.Collect) Fail($"聚合 '{text}' 只能用于命中策略 COLLECT", line);
        return aggregation;
    }

    private DecisionInput ReadInput(XElement input, int index)
    {
        var line = input.Line();
        var label = input.Attr("label") ?? input.Attr("id") ?? $"输入 {index + 1}";
        var place = $"输入列 '{label}'";
        var expressionElement = input.Element(ns + "inputExpression");
        var expression = cells.Expression(expressionElement?.Element(ns + "text"), $"{place}的输入表达式", expressionElement?.Line() ?? line, required: true);
        var values = input.Element(ns + "inputValues") is { } allowed ? cells.UnaryTests(allowed.Element(ns + "text"), $"{place}的取值列表") : null;
        if (expression is null) valid = false;
        return new DecisionInput(input.Attr("id") ?? $"input{index + 1}", label, expression!, values, line);
    }

    private DecisionOutput ReadOutput(XElement output, int index)
    {
        var line = output.Line();
        var name = output.Attr("name") ?? "";
        var label = output.Attr("label") ?? (name.Length > 0 ? name : $"输出 {index + 1}");
        var place = $"输出列 '{label}'";
        var values = output.Element(ns + "outputValues") is { } allowed ? cells.UnaryTests(allowed.Element(ns + "text"), $"{place}的取值列表") : null;
        var defaultEntry = output.Element(ns + "defaultOutputEntry");
        var defaultValue = defaultEntry is null ? null : cells.Expression(defaultEntry.Element(ns + "text"), $"{place}的默认值", defaultEntry.Line(), required: false);
        return new DecisionOutput(output.Attr("id") ?? $"output{index + 1}", name, label, values, defaultValue, line);
    }

    private DecisionRule ReadRule(XElement rule, int index, int inputCount, int outputCount, IReadOnlyList<string> annotationNames)
    {
        var line = rule.Line();
        var id = rule.Attr("id") ?? $"rule{index}";
        var place = DmnPlace.Rule(id, index);
        var inputEntries = rule.Elements(ns + "inputEntry").ToList();
        var outputEntries = rule.Elements(ns + "outputEntry").ToList();
        if (inputEntries.Count != inputCount) Fail($"{place}有 {inputEntries.Count} 个输入条目，表有 {inputCount} 个输入列", line);
        if (outputEntries.Count != outputCount) Fail($"{place}有 {outputEntries.Count} 个输出条目，表有 {outputCount} 个输出列", line);
        var tests = inputEntries
            .Select((e, i) => cells.UnaryTests(e.Element(ns + "text"), $"{place}第 {i + 1} 个输入条目"))
            .ToList();
        var outputs = outputEntries
            .Select((e, i) => cells.Expression(e.Element(ns + "text"), $"{place}第 {i + 1} 个输出条目", e.Line(), required: false))
            .ToList();
        if (tests.Any(t => t is null)) valid = false;
        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (entry, i) in rule.Elements(ns + "annotationEntry").Select((e, i) => (e, i)))
            if (entry.Element(ns + "text").TrimmedText() is { } text)
                annotations[i < annotationNames.Count ? annotationNames[i] : $"annotation{i + 1}"] = text;
        return new DecisionRule(id, index, rule.Element(ns + "description").TrimmedText(), tests!, outputs, annotations, line);
    }

    private void Fail(string message, int? line)
    {
        valid = false;
        cells.Error(message, line);
    }
}
