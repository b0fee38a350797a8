using Bpm.Server.Auth.Policies;
using Bpm.Engine.Messaging;
using Bpm.Server.Problems;
using Microsoft.AspNetCore.Mvc;

namespace Bpm.Server.Endpoints;

/// <summary>Messages from the bus that nothing waited for (admin): list them, and try one again once its case can take it.</summary>
public static class ParkedMessageEndpoints
{
    public const int MaxListed = 500;

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/messages/parked").RequireAuthorization(BpmPolicies.Admin);
        group.MapGet("", async ([FromServices] IMessageCorrelator correlator, CancellationToken ct) =>
            Results.Ok(new ItemsResponse<InboxEntryResponse>(
                (await correlator.ParkedAsync(MaxListed, ct)).Select(InboxEntryResponse.From).ToList())));
        group.MapPost("/{messageId}/replay", async (string messageId, [FromServices] IMessageCorrelator correlator, CancellationToken ct) =>
        {
            var id = MessageIds.Parse(messageId, "messageId");
            if (await correlator.FindInboxEntryAsync(id, ct) is null)
                return ApiProblems.NotFound($"没有收到过编号为 {id} 的消息");
            return Results.Ok(InboundResultResponse.From(await correlator.ReplayParkedAsync(id, ct)));
        });
    }
}
