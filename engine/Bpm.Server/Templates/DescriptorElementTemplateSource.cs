using System.Text.Json.Nodes;
using Bpm.Engine.Activities;

namespace Bpm.Server.Templates;

/// <summary>Camunda 8 element templates generated from the registered activities' descriptors, then the send-task and
/// message-event templates of the agency contracts and the message events of the messages published through the API.</summary>
internal sealed class DescriptorElementTemplateSource(IActivityRegistry registry) : IElementTemplateSource
{
    public JsonArray GetTemplates()
    {
        var templates = ElementTemplateGenerator.Generate(registry);
        foreach (var template in Bpm.Activities.Filing.AgencyMessageTemplates.All()) templates.Add(template!.DeepClone());
        foreach (var template in Bpm.Activities.Messages.ApiMessageTemplates.All()) templates.Add(template!.DeepClone());
        return templates;
    }
}
