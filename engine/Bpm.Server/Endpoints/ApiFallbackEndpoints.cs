using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>Any other path under <c>/api</c> is a 404 problem.</summary>
public static class ApiFallbackEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapFallback("{**path}", (HttpRequest request) => ApiProblems.NotFound($"No API route matches {request.Method} {request.Path}."));
    }
}
