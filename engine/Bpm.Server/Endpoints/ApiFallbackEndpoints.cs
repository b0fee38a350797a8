using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>Any other path under <c>/api</c> is a 404 problem (behind auth, except under <c>/api/public</c>).</summary>
public static class ApiFallbackEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapFallback("{**path}", NotFound);
        // Public pages (disclosure) need no token, so neither does their 404.
        api.MapFallback("public/{**path}", NotFound).AllowAnonymous();
    }

    private static IResult NotFound(HttpRequest request) =>
        ApiProblems.NotFound($"没有与 {request.Method} {request.Path} 对应的接口");
}
