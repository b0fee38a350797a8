using Bpm.Engine.Forms;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>Deployed forms for the designer (<c>/api/forms</c>) and a user task's form with its current values
/// (<c>/api/user-tasks/{key}/form</c>).</summary>
public static class FormEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/forms", async (IFormQueries forms, CancellationToken ct) =>
            Results.Ok(new ItemsResponse<FormInfo>(await forms.ListLatestAsync(ct))));

        api.MapGet("/forms/{id}", async (string id, int? version, IFormQueries forms, CancellationToken ct) =>
        {
            if (version is < 1) throw new ApiBadRequestException($"'{version}' is not a valid version: version must be 1 or more.", "version");
            return await forms.GetAsync(id, version, ct) is { } form
                ? Results.Ok(form)
                : ApiProblems.NotFound(version is { } v ? $"Form '{id}' has no version {v}." : $"No form with id '{id}' is deployed.");
        });

        api.MapGet("/user-tasks/{key}/form", async (string key, IFormQueries forms, CancellationToken ct) =>
            Results.Ok(await forms.GetTaskFormAsync(RouteKeys.Parse(key, "key"), ct)));
    }
}
