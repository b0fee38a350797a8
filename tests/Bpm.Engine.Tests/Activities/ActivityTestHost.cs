using System.Text.Json.Nodes;
using Bpm.Engine.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Activities;

internal static class ActivityTestHost
{
    public static ServiceProvider Build(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        configure(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public static ActivityInvocation Invocation(JsonObject? variables = null, long elementInstanceKey = 2) =>
        new(ProcessInstanceKey: 1, BpmnProcessId: "process", ElementId: "task", ElementInstanceKey: elementInstanceKey, BusinessKey: "BK-1",
            Variables: (variables ?? []).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            Headers: new Dictionary<string, string>(), RetriesLeft: 3);

    public static Task<ActivityResult> InvokeAsync(this IServiceProvider services, string type, JsonObject? variables = null,
        CancellationToken ct = default) => services.InvokeAsync(type, variables, elementInstanceKey: 2, ct);

    /// <summary>As the element instance <paramref name="elementInstanceKey"/> (activities that remember who asked).</summary>
    public static Task<ActivityResult> InvokeAsync(this IServiceProvider services, string type, JsonObject? variables, long elementInstanceKey,
        CancellationToken ct = default)
    {
        var descriptor = services.GetRequiredService<IActivityRegistry>().Find(type)
            ?? throw new InvalidOperationException($"activity {type} not registered");
        return services.GetRequiredService<IActivityInvoker>().InvokeAsync(descriptor, Invocation(variables, elementInstanceKey), ct);
    }
}
