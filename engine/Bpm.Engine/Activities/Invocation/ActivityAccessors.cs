using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Bpm.Engine.Activities;

/// <summary>Compiled setters of the inputs and getters of the outputs of one activity class, keyed by variable name; built once per class.</summary>
internal sealed class ActivityAccessors
{
    private static readonly ConcurrentDictionary<Type, ActivityAccessors> Cache = new();

    private ActivityAccessors(Type type)
    {
        foreach (var (property, input, output) in ActivityDescriptorBuilder.AttributedProperties(type))
        {
            var name = ActivityDescriptorBuilder.VariableName(property);
            if (input is not null && property.SetMethod is { IsPublic: true }) Setters[name] = CompileSetter(property);
            if (output is not null && property.GetMethod is { IsPublic: true }) Getters[name] = CompileGetter(property);
        }
    }

    public Dictionary<string, Action<object, object?>> Setters { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Func<object, object?>> Getters { get; } = new(StringComparer.Ordinal);

    public static ActivityAccessors For(Type type) => Cache.GetOrAdd(type, static t => new ActivityAccessors(t));

    private static Action<object, object?> CompileSetter(PropertyInfo property)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var value = Expression.Parameter(typeof(object), "value");
        var assign = Expression.Assign(
            Expression.Property(Expression.Convert(target, property.DeclaringType!), property),
            Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<object, object?>>(assign, target, value).Compile();
    }

    private static Func<object, object?> CompileGetter(PropertyInfo property)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var read = Expression.Convert(Expression.Property(Expression.Convert(target, property.DeclaringType!), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(read, target).Compile();
    }
}
