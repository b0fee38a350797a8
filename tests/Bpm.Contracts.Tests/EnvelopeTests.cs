using System.Reflection;
using System.Text.Json;
using Bpm.Contracts.V1;

namespace Bpm.Contracts.Tests;

public sealed class EnvelopeTests
{
    private static readonly string[] EnvelopeFields = ["messageId", "caseNumber", "sender", "receiver", "sentAt"];

    [Theory]
    [MemberData(nameof(Contracts.MessageTypeNames), MemberType = typeof(Contracts))]
    public void Every_contract_carries_the_envelope_fields(string typeName)
    {
        var type = Contracts.ByName(typeName);
        Assert.True(typeof(AgencyMessage).IsAssignableFrom(type));

        using var doc = JsonDocument.Parse(JsonSerializer.Serialize(Samples.For(type), type, Contracts.Json));
        foreach (var field in EnvelopeFields)
        {
            Assert.True(doc.RootElement.TryGetProperty(field, out var value), $"{type.Name} lacks {field}");
            Assert.NotEqual(JsonValueKind.Null, value.ValueKind);
        }
        Assert.True(doc.RootElement.GetProperty("sender").TryGetProperty("creditCode", out _));
        Assert.True(doc.RootElement.GetProperty("receiver").TryGetProperty("name", out _));
    }

    [Theory]
    [MemberData(nameof(Contracts.MessageTypeNames), MemberType = typeof(Contracts))]
    public void Contracts_are_immutable(string typeName)
    {
        var type = Contracts.ByName(typeName);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name == "EqualityContract")
            {
                continue;
            }

            var setter = property.SetMethod;
            Assert.True(setter is null || setter.ReturnParameter.GetRequiredCustomModifiers()
                .Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit"),
                $"{type.Name}.{property.Name} must be init-only");
            Assert.False(property.PropertyType.IsGenericType
                && property.PropertyType.GetGenericTypeDefinition() == typeof(List<>),
                $"{type.Name}.{property.Name} must be IReadOnlyList<T>, not List<T>");
        }
    }

    [Fact]
    public void Replies_name_the_request_they_answer()
    {
        var replies = Contracts.MessageTypes.Where(t =>
            Contracts.Direction(t) == MessageDirection.AgencyToBpm
            && t != typeof(ComplaintReceived) && t != typeof(SupervisionOpinion));
        Assert.All(replies, t => Assert.Equal(typeof(Guid), t.GetProperty("InReplyTo")?.PropertyType));
    }
}
