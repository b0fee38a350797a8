using System.Text.Json.Nodes;

namespace Bpm.Server.Templates;

/// <summary>The element templates (Camunda 8 / zeebe format) that <c>GET /api/element-templates</c> serves.</summary>
public interface IElementTemplateSource
{
    JsonArray GetTemplates();
}
