using System.Reflection;
using System.Text.Json;

namespace Bpm.Contracts.V1;

/// <summary>Every V1 agency message by name, found by reflection over this assembly, and the JSON options they travel with.</summary>
public static class MessageCatalog
{
    /// <summary>camelCase property names, enums as names (each enum declares its converter), case-insensitive reading.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>Every message contract, ordered by name.</summary>
    public static IReadOnlyList<MessageContract> All { get; } = typeof(AgencyMessage).Assembly.GetExportedTypes()
        .Where(t => !t.IsAbstract && typeof(AgencyMessage).IsAssignableFrom(t))
        .Select(t => new MessageContract(NameOf(t), t, DirectionOf(t)))
        .OrderBy(c => c.Name, StringComparer.Ordinal)
        .ToList();

    private static readonly Dictionary<string, MessageContract> ByName = All.ToDictionary(c => c.Name, StringComparer.Ordinal);
    private static readonly Dictionary<Type, MessageContract> ByType = All.ToDictionary(c => c.Type);

    /// <summary>The contract with this message name, or null.</summary>
    public static MessageContract? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The contract of a message record type.</summary>
    public static MessageContract Of(Type type) => ByType.TryGetValue(type, out var contract)
        ? contract
        : throw new ArgumentException($"{type.Name} is not an agency message contract", nameof(type));

    /// <summary>Reads a message of the named contract from JSON; a missing required field throws <see cref="JsonException"/>.</summary>
    public static AgencyMessage Deserialize(MessageContract contract, string json) =>
        (AgencyMessage)(JsonSerializer.Deserialize(json, contract.Type, Json)
            ?? throw new JsonException($"a {contract.Name} message cannot be null"));

    /// <summary>Writes a message as JSON with its runtime type's fields.</summary>
    public static string Serialize(AgencyMessage message) => JsonSerializer.Serialize(message, message.GetType(), Json);

    private static string NameOf(Type type) =>
        type.GetField("MessageName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string
        ?? throw new InvalidOperationException($"{type.Name} declares no MessageName");

    private static MessageDirection DirectionOf(Type type) =>
        (MessageDirection)(type.GetProperty("Direction", BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? throw new InvalidOperationException($"{type.Name} declares no Direction"));
}
