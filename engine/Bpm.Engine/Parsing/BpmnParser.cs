using System.Xml;
using System.Xml.Linq;
using Bpm.Engine.Expressions;
using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>Parses a BPMN 2.0 XML resource (with Camunda 8 zeebe: extensions) into executable process graphs and
/// collects every reason the runtime could not execute it. Never throws for bad input.</summary>
public sealed class BpmnParser(FeelEngine feel)
{
    public ParseResult Parse(string resourceName, byte[] xml)
    {
        var errors = new List<ValidationError>();
        XDocument document;
        try
        {
            document = Load(xml);
        }
        catch (XmlException ex)
        {
            errors.Add(new ValidationError(null, $"「{resourceName}」不是格式正确的 XML（第 {ex.LineNumber} 行第 {ex.LinePosition} 列）", ex.LineNumber > 0 ? ex.LineNumber : null, null, resourceName));
            return new ParseResult([], errors);
        }
        try
        {
            return Parse(resourceName, document, errors);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A parser bug must not take the deployer down; report it against the resource instead.
            errors.Add(new ValidationError(null, $"解析「{resourceName}」时发生内部错误：{ex.GetType().Name}：{ex.Message}", null, null, resourceName));
            return new ParseResult([], errors);
        }
    }

    public ParseResult Parse(string resourceName, string xml) => Parse(resourceName, System.Text.Encoding.UTF8.GetBytes(xml));

    private static XDocument Load(byte[] xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        return XDocument.Load(reader, LoadOptions.SetLineInfo);
    }

    private ParseResult Parse(string resourceName, XDocument document, List<ValidationError> errors)
    {
        var root = document.Root!;
        if (root.Name != BpmnXml.Bpmn + "definitions")
        {
            errors.Add(new ValidationError(null,
                $"「{resourceName}」不是 BPMN 2.0 定义文档：根元素是命名空间「{root.Name.NamespaceName}」中的「{root.Name.LocalName}」",
                root.Line(), root.Name.LocalName, resourceName));
            return new ParseResult([], errors);
        }
        var ctx = new ParseContext(resourceName, feel, RootElements.Read(root), errors);
        var processes = new List<ProcessModel>();
        foreach (var element in root.BpmnChildren("process"))
        {
            // Non-executable processes are returned for inspection but not judged: Camunda does not deploy them either.
            var executable = element.BoolAttr("isExecutable", false);
            processes.Add(ProcessBuilder.Build(executable ? ctx : ctx.WithErrorSink([]), element));
        }
        if (!processes.Any(p => p.IsExecutable))
        {
            var message = processes.Count == 0
                ? "没有可执行的流程：文件中没有任何 bpmn:process"
                : "没有可执行的流程：没有一个 bpmn:process 设置了 isExecutable=\"true\"";
            errors.Add(new ValidationError(null, message, root.Line(), root.Name.LocalName, resourceName));
        }
        return new ParseResult(processes, errors.OrderBy(e => e.Line ?? 0).ToList());
    }
}
