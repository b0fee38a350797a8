using System.Text;
using Bpm.Engine.Deployment;
using Bpm.Engine.Tests.Engine;

namespace Bpm.Engine.Tests.Forms;

/// <summary>Forms and processes for the form tests. Every test uses ids of its own: the databases are shared.</summary>
public static class FormModels
{
    public static string UniqueId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static string Form(string id, params string[] components) =>
        $$"""{ "id": "{{id}}", "type": "default", "schemaVersion": 16, "components": [{{string.Join(",\n", components)}}] }""";

    /// <summary>start → one user task "fill" bound to the form → end.</summary>
    public static string Process(string processId, string formId) => Bpmn.Process(processId, $"""
        <bpmn:startEvent id="start" />
        {Bpmn.UserTask("fill", $"""<zeebe:formDefinition formId="{formId}" />""")}
        <bpmn:endEvent id="end" />
        {Bpmn.Chain("start", "fill", "end")}
        """);

    public static DeploymentResource Resource(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    /// <summary>A form with one component of every kind the validator knows.</summary>
    public static string EveryRule(string id) => Form(id,
        """{ "type": "text", "text": "# Every rule" }""",
        """{ "key": "name", "type": "textfield", "label": "姓名", "validate": { "required": true, "minLength": 2, "maxLength": 10, "pattern": "^[A-Z]" } }""",
        """{ "key": "email", "type": "textfield", "validate": { "validationType": "email" } }""",
        """{ "key": "phone", "type": "textfield", "validate": { "validationType": "phone" } }""",
        """{ "key": "notes", "type": "textarea", "validate": { "maxLength": 20 } }""",
        """{ "key": "amount", "type": "number", "decimalDigits": 2, "validate": { "required": true, "min": 1, "max": 100 } }""",
        """{ "key": "count", "type": "number", "serializeToString": true }""",
        """{ "key": "agreed", "type": "checkbox", "validate": { "required": true } }""",
        """{ "key": "subscribed", "type": "checkbox" }""",
        """{ "key": "channels", "type": "checklist", "validate": { "required": true }, "values": [ { "label": "A", "value": "a" }, { "label": "B", "value": "b" }, { "label": "C", "value": "c" } ] }""",
        """{ "key": "tags", "type": "taglist", "values": [ { "label": "X", "value": "x" }, { "label": "Y", "value": "y" } ] }""",
        """{ "key": "kind", "type": "select", "validate": { "required": true }, "values": [ { "label": "警告", "value": "warning" }, { "label": "罚款", "value": "fine" } ] }""",
        """{ "key": "level", "type": "radio", "values": [ { "label": "1", "value": 1 }, { "label": "2", "value": 2 } ] }""",
        """{ "key": "unit", "type": "select", "valuesKey": "unitOptions" }""",
        """{ "key": "due", "type": "datetime", "subtype": "date", "validate": { "required": true } }""",
        """{ "key": "at", "type": "datetime", "subtype": "time" }""",
        """{ "key": "when", "type": "datetime", "subtype": "datetime" }""",
        """{ "type": "group", "path": "address", "components": [ { "key": "city", "type": "textfield", "validate": { "required": true } }, { "key": "zip", "type": "textfield", "validate": { "pattern": "^\\d{6}$" } } ] }""",
        """{ "type": "group", "label": "flat", "components": [ { "key": "flat", "type": "textfield" } ] }""",
        """{ "type": "dynamiclist", "path": "items", "components": [ { "key": "item", "type": "textfield", "validate": { "required": true } }, { "key": "qty", "type": "number", "validate": { "min": 1 } } ] }""",
        """{ "key": "reason", "type": "textfield", "validate": { "required": true }, "conditional": { "hide": "=kind != \"fine\"" } }""",
        """{ "type": "button", "action": "submit", "label": "提交" }""");

    /// <summary>A submission <see cref="EveryRule"/> accepts.</summary>
    public const string ValidSubmission = """
        {
          "name": "Alice", "email": "li.si@example.cn", "phone": "13800138000", "notes": "ok", "amount": 12.5, "count": "7",
          "agreed": true, "subscribed": false, "channels": ["a", "c"], "tags": ["x"], "kind": "warning", "level": 2, "unit": "金水区",
          "due": "2025-10-01", "at": "09:30", "when": "2025-10-01T09:30:00+08:00",
          "address": { "city": "郑州", "zip": "450000" }, "flat": "3-201", "items": [ { "item": "pen", "qty": 2 } ]
        }
        """;
}
