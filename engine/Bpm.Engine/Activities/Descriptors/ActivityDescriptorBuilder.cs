using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bpm.Engine.Activities;

/// <summary>Builds the <see cref="ActivityDescriptor"/> of an activity class by reflection, once per class.</summary>
public static class ActivityDescriptorBuilder
{
    private static readonly ConcurrentDictionary<Type, ActivityDescriptor> Cache = new();

    public static ActivityDescriptor Build<TActivity>() where TActivity : IActivity => Build(typeof(TActivity));

    /// <exception cref="ActivityDefinitionException">The class is not a usable activity.</exception>
    public static ActivityDescriptor Build(Type activityType)
    {
        ArgumentNullException.ThrowIfNull(activityType);
        // Not GetOrAdd(factory): a failed build must throw every time, and a successful one is idempotent anyway.
        if (Cache.TryGetValue(activityType, out var cached)) return cached;
        var built = Create(activityType);
        return Cache.GetOrAdd(activityType, built);
    }

    /// <summary>True for a concrete <see cref="IActivity"/> class carrying <see cref="ActivityAttribute"/>.</summary>
    public static bool IsActivity(Type type) =>
        type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
        && typeof(IActivity).IsAssignableFrom(type)
        && type.GetCustomAttribute<ActivityAttribute>(inherit: false) is not null;

    internal static string VariableName(PropertyInfo property) => JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    internal static IEnumerable<(PropertyInfo Property, InputAttribute? Input, OutputAttribute? Output)> AttributedProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => (p, p.GetCustomAttribute<InputAttribute>(), p.GetCustomAttribute<OutputAttribute>()))
            .Where(t => t.Item2 is not null || t.Item3 is not null)
            .OrderBy(t => t.p.MetadataToken);

    /// <summary>String, Number, Boolean, Date, Array or Object for a CLR type (nullable value types are unwrapped).</summary>
    public static string ValueKindOf(Type clrType)
    {
        var type = Nullable.GetUnderlyingType(clrType) ?? clrType;
        if (type == typeof(string) || type == typeof(char) || type == typeof(Guid) || type == typeof(TimeSpan) || type.IsEnum)
            return ActivityValueKind.String;
        if (type == typeof(bool)) return ActivityValueKind.Boolean;
        if (IsNumeric(type)) return ActivityValueKind.Number;
        if (type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset)) return ActivityValueKind.Date;
        if (type == typeof(JsonArray)) return ActivityValueKind.Array;
        if (typeof(JsonNode).IsAssignableFrom(type) || IsDictionary(type)) return ActivityValueKind.Object;
        if (typeof(IEnumerable).IsAssignableFrom(type)) return ActivityValueKind.Array;
        return ActivityValueKind.Object;
    }

    private static ActivityDescriptor Create(Type type)
    {
        var attribute = type.GetCustomAttribute<ActivityAttribute>(inherit: false)
            ?? throw new ActivityDefinitionException($"{type.FullName} has no [Activity] attribute.");
        if (!typeof(IActivity).IsAssignableFrom(type))
            throw new ActivityDefinitionException($"{type.FullName} has [Activity] but does not implement {nameof(IActivity)}.");
        if (!type.IsClass || type.IsAbstract || type.IsGenericTypeDefinition)
            throw new ActivityDefinitionException($"{type.FullName} must be a concrete, non-generic class to be an activity.");
        if (string.IsNullOrWhiteSpace(attribute.Type))
            throw new ActivityDefinitionException($"{type.FullName}: [Activity] needs a non-empty type.");
        if (attribute.Type.Any(char.IsWhiteSpace))
            throw new ActivityDefinitionException($"{type.FullName}: activity type '{attribute.Type}' must not contain white space.");
        if (attribute.Icon is { } icon && !IsIconUri(icon))
            throw new ActivityDefinitionException($"{type.FullName}: the icon must be an http(s) URL or a data URI.");
        if (string.IsNullOrWhiteSpace(attribute.DisplayName))
            throw new ActivityDefinitionException($"{type.FullName}: [Activity] needs a display name.");

        var inputs = new List<ActivityPropertyDescriptor>();
        var outputs = new List<ActivityPropertyDescriptor>();
        foreach (var (property, input, output) in AttributedProperties(type))
        {
            var name = VariableName(property);
            var kind = ValueKindOf(property.PropertyType);
            if (input is not null)
            {
                if (property.SetMethod is not { IsPublic: true } || property.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(IsInitOnly))
                    throw new ActivityDefinitionException($"{type.FullName}.{property.Name}: an [Input] property needs a public setter (not init).");
                if (inputs.Any(i => i.Name == name))
                    throw new ActivityDefinitionException($"{type.FullName}: two inputs map to the variable '{name}'.");
                inputs.Add(new ActivityPropertyDescriptor(name, input.DisplayName, input.Description, kind, property.PropertyType, input.Required)
                {
                    DefaultValue = input.DefaultValue,
                });
            }
            if (output is not null)
            {
                if (property.GetMethod is not { IsPublic: true })
                    throw new ActivityDefinitionException($"{type.FullName}.{property.Name}: an [Output] property needs a public getter.");
                if (outputs.Any(o => o.Name == name))
                    throw new ActivityDefinitionException($"{type.FullName}: two outputs map to the variable '{name}'.");
                outputs.Add(new ActivityPropertyDescriptor(name, output.DisplayName, output.Description, kind, property.PropertyType, Required: false));
            }
        }

        return new ActivityDescriptor(attribute.Type, attribute.DisplayName, attribute.Category, attribute.Description, attribute.Mode,
            type, inputs, outputs)
        {
            Icon = attribute.Icon,
            ReadsOtherVariables = attribute.ReadsOtherVariables,
        };
    }

    // The element template schema only accepts these.
    private static bool IsIconUri(string icon) =>
        icon.StartsWith("data:", StringComparison.Ordinal) || icon.StartsWith("https:", StringComparison.Ordinal)
        || icon.StartsWith("http:", StringComparison.Ordinal);

    private static bool IsInitOnly(Type modifier) => modifier.FullName == "System.Runtime.CompilerServices.IsExternalInit";

    private static bool IsNumeric(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal) || type == typeof(float)
        || type == typeof(short) || type == typeof(byte) || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort)
        || type == typeof(sbyte) || type == typeof(Int128) || type == typeof(UInt128) || type == typeof(Half);

    private static bool IsDictionary(Type type) =>
        typeof(IDictionary).IsAssignableFrom(type)
        || type.GetInterfaces().Append(type).Any(i => i.IsGenericType
            && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)));
}
