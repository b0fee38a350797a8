using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Bpm.Server.Endpoints;

/// <summary><c>GET /health</c>: 200 <c>{status:"Healthy"}</c> when the database answers, 503 otherwise. No auth.</summary>
public static class HealthEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = async (context, report) =>
            {
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }));
            },
        }).AllowAnonymous();
    }
}
