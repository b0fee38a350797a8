using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bpm.Contracts.Tests;

public sealed class EnumTests
{
    [Fact]
    public void Every_enum_serializes_as_its_name_and_has_no_zero_value()
    {
        Assert.NotEmpty(Contracts.EnumTypes);
        foreach (var type in Contracts.EnumTypes)
        {
            var converter = type.GetCustomAttributes(typeof(JsonConverterAttribute), false)
                .Cast<JsonConverterAttribute>().SingleOrDefault();
            Assert.True(converter is not null, $"{type.Name} lacks [JsonConverter]");

            foreach (var value in Enum.GetValues(type))
            {
                Assert.NotEqual(0, Convert.ToInt32(value));
                var json = JsonSerializer.Serialize(value, type, Contracts.Json);
                Assert.Equal($"\"{Enum.GetName(type, value)}\"", json);
                Assert.Equal(value, JsonSerializer.Deserialize(json, type, Contracts.Json));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Contracts.MessageTypeNames), MemberType = typeof(Contracts))]
    public void Enum_fields_in_messages_are_strings(string typeName)
    {
        var type = Contracts.ByName(typeName);
        var json = JsonSerializer.Serialize(Samples.For(type), type, Contracts.Json);

        foreach (var property in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance).Where(p => IsEnumOrEnumList(p.PropertyType)))
        {
            using var doc = JsonDocument.Parse(json);
            var element = doc.RootElement.GetProperty(JsonNamingPolicy.CamelCase.ConvertName(property.Name));
            var values = element.ValueKind == JsonValueKind.Array ? element.EnumerateArray().ToList() : [element];
            Assert.All(values, v => Assert.Equal(JsonValueKind.String, v.ValueKind));
        }
    }

    [Fact]
    public void Category_is_written_by_name()
    {
        var sample = Samples.For(typeof(Bpm.Contracts.V1.DisclosurePublish));
        var json = JsonSerializer.Serialize(sample, sample.GetType(), Contracts.Json);
        Assert.Contains("\"category\":\"Penalty\"", json);
        Assert.Contains("\"partyKind\":\"NaturalPerson\"", json);
    }

    private static bool IsEnumOrEnumList(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type).IsEnum
        || (type.IsGenericType && type.GetGenericArguments()[0].IsEnum);
}
