using System.Text.Json.Nodes;
using Bpm.Engine.Activities;

namespace Bpm.Server.Templates;

/// <summary>Camunda 8 element templates generated from the registered activities' descriptors.</summary>
internal sealed class DescriptorElementTemplateSource(IActivityRegistry registry) : IElementTemplateSource
{
    public JsonArray GetTemplates() => ElementTemplateGenerator.Generate(registry);
}
