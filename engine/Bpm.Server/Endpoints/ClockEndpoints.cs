using System.Globalization;
using Bpm.Engine.Time;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>The controllable clock for end-to-end tests, mapped only when <c>Bpm:Testing:ControllableClock</c> is true:
/// read it, pin it (first pin anywhere, then only forward), or return to real time.</summary>
public static class ClockEndpoints
{
    public static void Map(RouteGroupBuilder api, IServiceProvider services)
    {
        if (services.GetService<ControllableClock>() is null) return;
        // Test-only (mapped with Bpm:Testing:ControllableClock): reading it is for anyone signed in, moving it for admin.
        var group = api.MapGroup("/clock").RequireAuthorization(Bpm.Server.Auth.Policies.BpmPolicies.Person);
        group.MapGet("", (ControllableClock clock) => Results.Ok(new ClockResponse(clock.GetUtcNow(), clock.IsPinned)));
        group.MapPut("", async (HttpRequest request, ControllableClock clock, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
            var text = JsonBody.RequiredString(body, "now");
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
                throw new ApiBadRequestException($"「{text}」不是 ISO 8601 日期时间", "now");
            clock.Pin(instant);
            return Results.Ok(new ClockResponse(clock.GetUtcNow(), clock.IsPinned));
        }).RequireAuthorization(Bpm.Server.Auth.Policies.BpmPolicies.Admin);
        group.MapDelete("", (ControllableClock clock) =>
        {
            clock.Release();
            return Results.NoContent();
        }).RequireAuthorization(Bpm.Server.Auth.Policies.BpmPolicies.Admin);
    }
}
