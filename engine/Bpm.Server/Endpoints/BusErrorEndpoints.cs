using Bpm.Server.Auth.Policies;
using Bpm.Bus.ErrorQueue;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>The bus error queue (admin): messages whose consumer kept failing, with the fault; replay moves them back to the
/// engine's input queue. Only a durable transport has one: with the in-memory transport both answer 409.</summary>
public static class BusErrorEndpoints
{
    public const int MaxListed = 500;

    private const string NoErrorQueue =
        "The in-memory bus transport has no durable error queue: a message that keeps failing is logged and lost on restart, " +
        "and cannot be listed or replayed. Use Bpm:Bus:Transport=RabbitMq to keep and replay failed messages.";

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/bus/errors").RequireAuthorization(BpmPolicies.Admin);
        group.MapGet("", async (IServiceProvider services, CancellationToken ct) =>
            services.GetService<IBusErrorQueue>() is { } errors
                ? Results.Ok(new ItemsResponse<ErrorQueueMessage>(await errors.ListAsync(MaxListed, ct)))
                : ApiProblems.Conflict(NoErrorQueue));
        group.MapPost("/replay", async (string? messageId, IServiceProvider services, CancellationToken ct) =>
        {
            if (services.GetService<IBusErrorQueue>() is not { } errors) return ApiProblems.Conflict(NoErrorQueue);
            var id = MessageIds.ParseOptional(messageId, "messageId");
            var replayed = await errors.ReplayAsync(id, ct);
            return id is not null && replayed.Count == 0
                ? ApiProblems.NotFound($"错误队列中没有编号为 {id} 的消息")
                : Results.Ok(new { replayed = replayed.Count, messageIds = replayed });
        });
    }
}
