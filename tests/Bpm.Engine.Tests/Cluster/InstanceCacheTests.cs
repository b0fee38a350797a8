using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Tests.Cluster;

/// <summary>Two steps of one instance finish their commits in order, but their continuations may put their copies into the
/// cache in either order: the older one must never replace the newer.</summary>
public sealed class InstanceCacheTests
{
    private static ProcessInstanceEntity Instance(long key, int revision) => new()
    {
        Key = key, ProcessDefinitionKey = 1, BpmnProcessId = "p", Version = 1, State = ProcessInstanceState.Active, Revision = revision, StateData = $"rev{revision}",
    };

    [Fact]
    public void An_older_revision_put_after_a_newer_one_is_ignored()
    {
        var cache = new InstanceCache(100);
        cache.Put(Instance(7, 6));
        cache.Put(Instance(7, 5));

        Assert.Equal(6, cache.Get(7)!.Revision);
        Assert.Equal("rev6", cache.Get(7)!.StateData);
    }

    [Fact]
    public void A_newer_revision_replaces_the_cached_one()
    {
        var cache = new InstanceCache(100);
        cache.Put(Instance(7, 5));
        cache.Put(Instance(7, 6));

        Assert.Equal(6, cache.Get(7)!.Revision);
    }

    [Fact]
    public void Concurrent_puts_leave_the_highest_revision()
    {
        var cache = new InstanceCache(100);
        Parallel.For(1, 2001, revision => cache.Put(Instance(9, revision)));

        Assert.Equal(2000, cache.Get(9)!.Revision);
    }

    [Fact]
    public void A_zero_capacity_cache_keeps_nothing()
    {
        var cache = new InstanceCache(0);
        cache.Put(Instance(7, 1));

        Assert.Null(cache.Get(7));
    }
}
