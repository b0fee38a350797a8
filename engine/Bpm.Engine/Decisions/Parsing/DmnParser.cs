using System.Xml;
using System.Xml.Linq;
using Bpm.Engine.Decisions.Model;
using Bpm.Engine.Expressions;
using Bpm.Engine.Parsing;

namespace Bpm.Engine.Decisions.Parsing;

/// <summary>Reads a DMN 1.2–1.5 file into its decision graph, compiling every FEEL cell once. Every problem is collected
/// (in Chinese, naming the decision, the rule and the entry, with the XML line); one problem makes the file unusable.</summary>
public sealed class DmnParser(FeelEngine feel)
{
    public const string ElementType = "decision";

    public DmnParseResult Parse(string resourceName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var errors = new List<ValidationError>();
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new MemoryStream(content), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            errors.Add(new ValidationError(null, $"「{resourceName}」不是格式正确的 XML（第 {ex.LineNumber} 行第 {ex.LinePosition} 列）", ex.LineNumber, "definitions", resourceName));
            return new DmnParseResult(null, errors);
        }

        var root = document.Root!;
        if (root.Name.LocalName != "definitions" || !DmnNamespaces.IsModel(root.Name.Namespace))
        {
            errors.Add(new ValidationError(null,
                $"'{resourceName}' 不是 DMN 1.2–1.5 模型：根元素是 {{{root.Name.NamespaceName}}}{root.Name.LocalName}，应为 DMN MODEL 命名空间的 definitions",
                root.Line(), "definitions", resourceName));
            return new DmnParseResult(null, errors);
        }

        var decisionReader = new DecisionReader(feel, root.Name.Namespace, resourceName, errors);
        var decisions = new Dictionary<string, DecisionModel>(StringComparer.Ordinal);
        foreach (var element in root.Elements(root.Name.Namespace + "decision"))
        {
            if (decisionReader.Read(element) is not { } decision) continue;
            if (!decisions.TryAdd(decision.Id, decision))
                errors.Add(new ValidationError(decision.Id, $"决策 id '{decision.Id}' 在文件中出现了不止一次{DmnPlace.Line(decision.Line)}",
                    decision.Line, ElementType, resourceName));
        }
        if (decisions.Count == 0 && errors.Count == 0)
            errors.Add(new ValidationError(null, $"'{resourceName}' 中没有任何决策 (decision)", root.Line(), "definitions", resourceName));
        RequirementGraph.Check(decisions, resourceName, errors);
        if (errors.Count > 0) return new DmnParseResult(null, errors);
        return new DmnParseResult(new DecisionGraph(root.Attr("id") ?? resourceName, root.Attr("name") ?? "", decisions), errors);
    }
}
