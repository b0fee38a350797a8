using Bpm.Server.Auth.Policies;
using Bpm.Engine.Activities;
using Bpm.Server.Templates;

namespace Bpm.Server.Endpoints;

/// <summary>The activity palette: descriptors, and the element templates the designer loads.</summary>
public static class ActivityEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/activity-descriptors", (IActivityRegistry registry) =>
            Results.Ok(registry.All.Select(ActivityDescriptorResponse.From).ToList())).RequireAuthorization(BpmPolicies.Person);
        api.MapGet("/element-templates", (IElementTemplateSource templates) => Results.Json(templates.GetTemplates()))
            .RequireAuthorization(BpmPolicies.Person);
    }
}
