using System.Text.Json.Nodes;
using System.Xml.Linq;
using Bpm.Server.Templates;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.Workflows;

/// <summary>Every service or send task of workflows/*.bpmn whose task type is one of our activities (an element template
/// binds that type) declares the template (<c>zeebe:modelerTemplate</c> and its version), so the designer's properties
/// panel shows the template's fields; and the element's mappings fit the template: each input is a template field, every
/// required field is mapped, a template output's source is written as the template writes it. Every message event
/// (intermediate, boundary, message start) declares the template of its message, of its kind of event, with the
/// template's correlation key and outputs.</summary>
public sealed class WorkflowTemplateBindingTests(BpmServerFactory<Sqlite> factory) : IClassFixture<BpmServerFactory<Sqlite>>
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";

    private Dictionary<string, JsonObject> TemplatesByTaskType() => TemplatesByHiddenValue("zeebe:taskDefinition", "property", "type");

    private Dictionary<string, JsonObject> TemplatesByMessageName() => TemplatesByHiddenValue("bpmn:Message#property", "name", "name");

    /// <summary>The templates by the value of the binding that says what they are (a task type, a message name).</summary>
    private Dictionary<string, JsonObject> TemplatesByHiddenValue(string bindingType, string key, string value) =>
        factory.Services.GetRequiredService<IElementTemplateSource>().GetTemplates()
            .Select(t => t!.AsObject())
            .Select(t => (Binding: Bindings(t, bindingType).FirstOrDefault(p => (string?)p["binding"]![key] == value), Template: t))
            .Where(t => t.Binding is not null)
            .ToDictionary(t => (string)t.Binding!["value"]!, t => t.Template);

    [Theory, MemberData(nameof(WorkflowFiles.BpmnNames), MemberType = typeof(WorkflowFiles))]
    public void Every_activity_task_declares_its_template_and_fits_its_bindings(string file)
    {
        var templates = TemplatesByTaskType();
        var problems = new List<string>();
        foreach (var (element, type) in ActivityTasks(file, templates))
        {
            var template = templates[type];
            var id = (string?)element.Attribute("id");
            problems.AddRange(DeclarationProblems(element, template).Concat(BindingProblems(element, template)).Select(p => $"{id}: {p}"));
        }
        Assert.True(problems.Count == 0, $"{file}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    [Theory, MemberData(nameof(WorkflowFiles.BpmnNames), MemberType = typeof(WorkflowFiles))]
    public void Every_message_event_declares_the_template_of_its_message(string file)
    {
        var templates = TemplatesByMessageName();
        var document = XDocument.Load(Path.Combine(WorkflowFiles.Folder, file));
        var problems = MessageEvents(document).SelectMany(e => MessageEventProblems(e.Element, e.Message, templates)).ToList();
        Assert.True(problems.Count == 0, $"{file}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    [Fact]
    public void The_shipped_workflows_bind_message_catch_and_start_events()
    {
        var events = WorkflowFiles.Bpmn.SelectMany(f => MessageEvents(XDocument.Load(f))).ToList();

        Assert.True(events.Count >= 15, $"only {events.Count} message events found in workflows/");
        Assert.Contains(events, e => e.Element.Name == Bpmn + "startEvent");
        Assert.Contains(events, e => e.Element.Name == Bpmn + "intermediateCatchEvent");
    }

    [Fact]
    public void The_message_event_check_finds_an_unbound_event_a_wrong_template_a_changed_correlation_and_a_wrong_output()
    {
        var templates = TemplatesByMessageName();
        var message = XElement.Parse($"""
            <bpmn:message xmlns:bpmn="{Bpmn}" xmlns:zeebe="{Zeebe}" id="m" name="penalty.fine-paid">
              <bpmn:extensionElements><zeebe:subscription correlationKey="=decisionNumber" /></bpmn:extensionElements>
            </bpmn:message>
            """);
        XElement Event(string attributes, string outputs = "") => XElement.Parse($"""
            <bpmn:intermediateCatchEvent xmlns:bpmn="{Bpmn}" xmlns:zeebe="{Zeebe}" id="paid" {attributes}>
              <bpmn:extensionElements><zeebe:ioMapping>{outputs}</zeebe:ioMapping></bpmn:extensionElements>
              <bpmn:messageEventDefinition messageRef="m" />
            </bpmn:intermediateCatchEvent>
            """);

        var unbound = MessageEventProblems(Event(""), message, templates).ToList();
        var wrong = MessageEventProblems(Event("""zeebe:modelerTemplate="bpm.message.disclosure.acknowledged.v1" zeebe:modelerTemplateVersion="1" """),
            message, templates).ToList();
        var output = MessageEventProblems(Event("""zeebe:modelerTemplate="bpm.message.penalty.fine-paid" zeebe:modelerTemplateVersion="1" """,
            """<zeebe:output source="=amount" target="paidAmount" />"""), message, templates).ToList();

        Assert.Contains(unbound, p => p.Contains("'bpm.message.penalty.fine-paid'", StringComparison.Ordinal));
        Assert.Contains(wrong, p => p.Contains("'bpm.message.disclosure.acknowledged.v1'", StringComparison.Ordinal));
        Assert.Contains(output, p => p.Contains("'=decisionNumber'", StringComparison.Ordinal));
        Assert.Contains(output, p => p.Contains("'paidAmount'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_shipped_workflows_use_templates_of_every_kind_of_activity_they_call()
    {
        var templates = TemplatesByTaskType();
        var bound = WorkflowFiles.Bpmn.SelectMany(f => ActivityTasks(Path.GetFileName(f), templates)).ToList();

        Assert.True(bound.Count >= 60, $"only {bound.Count} activity tasks found in workflows/");
        Assert.Contains(bound, b => b.Type == "bpm:case-number");
        Assert.Contains(bound, b => b.Type == "disclosure.publish.v1");
    }

    [Fact]
    public void Only_the_document_template_shows_the_inputs_beyond_its_fields() =>
        Assert.Equal(["bpm:generate-document"], TemplatesByTaskType().Where(t => t.Value["entriesVisible"]?.GetValue<bool>() == true).Select(t => t.Key));

    [Fact]
    public void The_binding_check_finds_an_unknown_input_a_missing_required_input_and_a_wrong_output()
    {
        var templates = TemplatesByTaskType();
        var element = XElement.Parse($"""
            <bpmn:serviceTask xmlns:bpmn="{Bpmn}" xmlns:zeebe="{Zeebe}" id="n" zeebe:modelerTemplate="bpm.activity.bpm:case-number" zeebe:modelerTemplateVersion="1">
              <bpmn:extensionElements><zeebe:taskDefinition type="bpm:case-number" />
                <zeebe:ioMapping><zeebe:input source="=1" target="agencyKode" /><zeebe:output source="=caseNumber + 1" target="caseNumber" /></zeebe:ioMapping>
              </bpmn:extensionElements>
            </bpmn:serviceTask>
            """);

        var problems = BindingProblems(element, templates["bpm:case-number"]).ToList();

        Assert.Contains(problems, p => p.Contains("'agencyKode'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'agencyCode'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'caseNumber'", StringComparison.Ordinal));
    }

    private static IEnumerable<(XElement Element, XElement Message)> MessageEvents(XDocument document)
    {
        var messages = document.Descendants(Bpmn + "message").ToDictionary(m => (string)m.Attribute("id")!);
        return document.Descendants()
            .Where(e => e.Name == Bpmn + "startEvent" || e.Name == Bpmn + "intermediateCatchEvent" || e.Name == Bpmn + "boundaryEvent")
            .Select(e => (Element: e, Ref: (string?)e.Element(Bpmn + "messageEventDefinition")?.Attribute("messageRef")))
            .Where(e => e.Ref is not null)
            .Select(e => (e.Element, messages[e.Ref!]));
    }

    /// <summary>The event names the template of its message, is a kind of event the template applies to, keeps the
    /// template's correlation key on its message and writes the template's outputs from the template's sources.</summary>
    private static IEnumerable<string> MessageEventProblems(XElement element, XElement message, Dictionary<string, JsonObject> templates)
    {
        var id = (string?)element.Attribute("id");
        var name = (string)message.Attribute("name")!;
        if (!templates.TryGetValue(name, out var template))
        {
            yield return $"{id}: no element template for message '{name}'";
            yield break;
        }
        foreach (var problem in DeclarationProblems(element, template))
            yield return $"{id}: {problem}";
        var kind = "bpmn:" + char.ToUpperInvariant(element.Name.LocalName[0]) + element.Name.LocalName[1..];
        if (!template["appliesTo"]!.AsArray().Any(a => (string?)a == kind))
            yield return $"{id}: template {template["id"]} does not apply to a {kind}";
        var correlation = Bindings(template, "bpmn:Message#zeebe:subscription#property").FirstOrDefault();
        var messageCorrelation = (string?)message.Descendants(Zeebe + "subscription").FirstOrDefault()?.Attribute("correlationKey");
        if (correlation is not null && (string?)correlation["value"] != messageCorrelation)
            yield return $"{id}: message '{name}' correlates by '{messageCorrelation}', the template by '{correlation["value"]}'";
        foreach (var problem in BindingProblems(element, template))
            yield return $"{id}: {problem}";
    }

    /// <summary>The element names the template and its version.</summary>
    private static IEnumerable<string> DeclarationProblems(XElement element, JsonObject template)
    {
        if ((string?)element.Attribute(Zeebe + "modelerTemplate") != (string)template["id"]!)
            yield return $"zeebe:modelerTemplate is '{(string?)element.Attribute(Zeebe + "modelerTemplate")}', not '{template["id"]}'";
        if ((string?)element.Attribute(Zeebe + "modelerTemplateVersion") != template["version"]!.ToJsonString())
            yield return $"zeebe:modelerTemplateVersion is '{(string?)element.Attribute(Zeebe + "modelerTemplateVersion")}', not {template["version"]}";
    }

    private static IEnumerable<(XElement Element, string Type)> ActivityTasks(string file, Dictionary<string, JsonObject> templates) =>
        XDocument.Load(Path.Combine(WorkflowFiles.Folder, file)).Descendants()
            .Where(e => e.Name == Bpmn + "serviceTask" || e.Name == Bpmn + "sendTask")
            .Select(e => (Element: e, Type: (string?)e.Descendants(Zeebe + "taskDefinition").FirstOrDefault()?.Attribute("type")))
            .Where(t => t.Type is not null && templates.ContainsKey(t.Type))
            .Select(t => (t.Element, t.Type!));

    private static IEnumerable<string> BindingProblems(XElement element, JsonObject template)
    {
        var inputs = element.Descendants(Zeebe + "input").ToDictionary(i => (string)i.Attribute("target")!, i => (string?)i.Attribute("source"));
        var templateInputs = Bindings(template, "zeebe:input").ToDictionary(p => (string)p["binding"]!["name"]!);
        // A template that shows the stock groups (an activity reading the task's other variables) lists the other inputs there.
        var showsOtherInputs = template["entriesVisible"]?.GetValue<bool>() == true;
        foreach (var target in inputs.Keys.Where(t => !templateInputs.ContainsKey(t) && !showsOtherInputs))
            yield return $"input '{target}' is not a field of template {template["id"]}";
        foreach (var (name, _) in templateInputs.Where(p => p.Value["constraints"]?["notEmpty"]?.GetValue<bool>() == true))
            if (!inputs.TryGetValue(name, out var source) || string.IsNullOrWhiteSpace(source))
                yield return $"required input '{name}' of template {template["id"]} is not mapped";
        var templateOutputs = Bindings(template, "zeebe:output").ToDictionary(p => (string)p["value"]!, p => (string)p["binding"]!["source"]!);
        foreach (var output in element.Descendants(Zeebe + "output"))
        {
            var target = (string)output.Attribute("target")!;
            var source = (string?)output.Attribute("source");
            // An output named like a template output must come from that output; other outputs are the designer's own.
            if (templateOutputs.TryGetValue(target, out var expected) && expected != source)
                yield return $"output '{target}' takes '{source}', not the template's '{expected}'";
        }
        foreach (var header in Bindings(template, "zeebe:taskHeader"))
            if (!element.Descendants(Zeebe + "header").Any(h => (string?)h.Attribute("key") == (string)header["binding"]!["key"]!))
                yield return $"header '{header["binding"]!["key"]}' of template {template["id"]} is missing";
    }

    private static IEnumerable<JsonObject> Bindings(JsonObject template, string bindingType) =>
        template["properties"]!.AsArray().Select(p => p!.AsObject()).Where(p => (string?)p["binding"]?["type"] == bindingType);
}
