using System.Reflection;
using System.Text.Json;
using Bpm.Contracts.V1;

namespace Bpm.Contracts.Tests;

/// <summary>Reflection over the contract assembly, and the JSON options agencies use (web defaults).</summary>
internal static class Contracts
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Assembly Assembly => typeof(AgencyMessage).Assembly;

    public static IReadOnlyList<Type> MessageTypes { get; } = Assembly.GetExportedTypes()
        .Where(t => !t.IsAbstract && typeof(AgencyMessage).IsAssignableFrom(t))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    public static IReadOnlyList<Type> EnumTypes { get; } = Assembly.GetExportedTypes()
        .Where(t => t.IsEnum)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    public static string? MessageName(Type type) =>
        type.GetField("MessageName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
            ? field.GetRawConstantValue() as string
            : null;

    public static MessageDirection? Direction(Type type) =>
        type.GetProperty("Direction", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as MessageDirection?;

    public static TheoryData<string> MessageTypeNames()
    {
        var data = new TheoryData<string>();
        foreach (var type in MessageTypes)
        {
            data.Add(type.Name);
        }
        return data;
    }

    public static Type ByName(string name) => MessageTypes.Single(t => t.Name == name);
}
