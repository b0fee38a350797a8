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
            errors.Add(new ValidationError(null, $"malformed XML: {ex.Message}", ex.LineNumber > 0 ? ex.LineNumber : null, null, resourceName));
            return new ParseResult([], errors);
        }
        try
        {
            return Parse(resourceName, document, errors);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A parser bug must not take the deployer down; report it against the resource instead.
            errors.Add(new ValidationError(null, $"internal parser error: {ex.GetType().Name}: {ex.Message}", null, null, resourceName));
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
                $"not a BPMN 2.0 definitions document: the root element is '{root.Name.LocalName}' in namespace '{root.Name.NamespaceName}'",
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
                ? "no executable process: the definitions contain no bpmn:process"
                : "no executable process: no bpmn:process has isExecutable=\"true\"";
            errors.Add(new ValidationError(null, message, root.Line(), root.Name.LocalName, resourceName));
        }
        return new ParseResult(processes, errors.OrderBy(e => e.Line ?? 0).ToList());
    }
}
