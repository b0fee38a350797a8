namespace Bpm.Engine.Activities;

/// <summary>The activity descriptors collected by every <c>AddBpmActivities</c> call on one service collection.
/// Kept as a singleton instance in the collection so that repeated calls accumulate.</summary>
public sealed class ActivityCatalog
{
    private readonly Dictionary<string, ActivityDescriptor> _byType = new(StringComparer.Ordinal);
    private readonly List<ActivityDescriptor> _descriptors = [];

    public IReadOnlyList<ActivityDescriptor> Descriptors => _descriptors;

    /// <summary>Adds an activity class; false if it was already added.</summary>
    /// <exception cref="ActivityDefinitionException">The class is invalid, or another class already has its type.</exception>
    public bool Add(Type activityType)
    {
        var descriptor = ActivityDescriptorBuilder.Build(activityType);
        if (_byType.TryGetValue(descriptor.Type, out var existing))
        {
            if (existing.ImplementationType == activityType) return false;
            throw ActivityRegistry.DuplicateType(descriptor.Type, existing.ImplementationType, activityType);
        }
        _byType.Add(descriptor.Type, descriptor);
        _descriptors.Add(descriptor);
        return true;
    }
}
