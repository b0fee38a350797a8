namespace Bpm.Server.Startup;

/// <summary>A request's cancellation also fires when the host begins to stop (SIGTERM): Kestrel would otherwise let a
/// request that runs a long evaluation hold the shutdown until its drain timeout.</summary>
public static class StoppingAwareRequests
{
    public static WebApplication UseStoppingAwareRequests(this WebApplication app)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        app.Use(async (context, next) =>
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            context.RequestAborted = linked.Token;
            await next(context);
        });
        return app;
    }
}
