using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Bpm.Engine.Runtime;

namespace Bpm.Engine.Hosting;

/// <summary>The one registration of the node's <see cref="KeyGenerator"/>, from <c>Bpm:Engine:NodeNumber</c> (else derived from
/// the node id). Both AddBpmEngine and AddBpmActivities use it, so whichever runs first registers the configured node number;
/// a fixed fallback here once let AddBpmActivities-before-AddBpmEngine turn node 7 into node 0, and cluster keys collide.</summary>
internal static class KeyGeneratorRegistration
{
    public static void TryAddKeyGenerator(this IServiceCollection services)
    {
        services.AddOptions<EngineOptions>();
        services.TryAddSingleton(sp => new KeyGenerator(NodeNumber(sp.GetRequiredService<IOptions<EngineOptions>>().Value)));
    }

    internal static int NodeNumber(EngineOptions options) =>
        options.NodeNumber ?? (int)((uint)StableHash(options.NodeId + ":" + Environment.ProcessId) % 1024);

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text) hash = unchecked(hash * 31 + c);
        return hash;
    }
}
