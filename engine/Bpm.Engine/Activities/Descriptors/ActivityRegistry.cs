namespace Bpm.Engine.Activities;

/// <summary>The activities known to this engine, by type. Immutable once built.</summary>
public sealed class ActivityRegistry : IActivityRegistry
{
    private readonly Dictionary<string, ActivityDescriptor> _byType = new(StringComparer.Ordinal);

    /// <exception cref="ActivityDefinitionException">Two different classes claim the same activity type.</exception>
    public ActivityRegistry(IEnumerable<ActivityDescriptor> descriptors)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        var all = new List<ActivityDescriptor>();
        foreach (var descriptor in descriptors)
        {
            if (_byType.TryGetValue(descriptor.Type, out var existing))
            {
                if (existing.ImplementationType == descriptor.ImplementationType) continue;
                throw DuplicateType(descriptor.Type, existing.ImplementationType, descriptor.ImplementationType);
            }
            _byType.Add(descriptor.Type, descriptor);
            all.Add(descriptor);
        }
        All = all.OrderBy(d => d.Category, StringComparer.Ordinal).ThenBy(d => d.Type, StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<ActivityDescriptor> All { get; }

    public ActivityDescriptor? Find(string type) => _byType.GetValueOrDefault(type);

    internal static ActivityDefinitionException DuplicateType(string type, Type first, Type second) =>
        new($"Activity type '{type}' is declared by both {first.FullName} and {second.FullName}.");
}
