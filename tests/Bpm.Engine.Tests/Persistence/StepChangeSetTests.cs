using System.Collections;
using Bpm.Engine.Persistence;

namespace Bpm.Engine.Tests.Persistence;

/// <summary>Group commit writes several steps as one change set: every kind of change a step can make must survive it.</summary>
public sealed class StepChangeSetTests
{
    [Fact]
    public void AddFrom_carries_every_list_of_changes()
    {
        var source = new StepChangeSet();
        var lists = typeof(StepChangeSet).GetProperties().Where(p => typeof(IList).IsAssignableFrom(p.PropertyType)).ToList();
        Assert.True(lists.Count >= 18, $"only {lists.Count} change lists found");
        foreach (var property in lists)
        {
            var itemType = property.PropertyType.GetGenericArguments()[0];
            ((IList)property.GetValue(source)!).Add(itemType == typeof(long) ? 1L : Activator.CreateInstance(itemType));
        }

        var merged = new StepChangeSet();
        merged.AddFrom(source);

        Assert.All(lists, property => Assert.Single((IList)property.GetValue(merged)!));
        Assert.False(merged.IsEmpty);
    }
}
