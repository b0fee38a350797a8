using System.Text.RegularExpressions;

namespace Bpm.Contracts.Tests;

public sealed partial class MessageNameTests
{
    [GeneratedRegex(@"^[a-z]+(-[a-z]+)*(\.[a-z]+(-[a-z]+)*)+\.v1$")]
    private static partial Regex V1Name();

    [Fact]
    public void There_is_a_contract_for_every_agency_exchange()
    {
        Assert.Equal(13, Contracts.MessageTypes.Count);
    }

    [Theory]
    [MemberData(nameof(Contracts.MessageTypeNames), MemberType = typeof(Contracts))]
    public void Every_contract_declares_a_v1_message_name_and_a_direction(string typeName)
    {
        var type = Contracts.ByName(typeName);
        var name = Contracts.MessageName(type);

        Assert.NotNull(name);
        Assert.Matches(V1Name(), name);
        Assert.NotNull(Contracts.Direction(type));
        Assert.True(type.IsSealed, $"{type.Name} must be sealed");
        Assert.Equal("Bpm.Contracts.V1", type.Namespace);
    }

    [Fact]
    public void Message_names_are_unique()
    {
        var names = Contracts.MessageTypes.Select(Contracts.MessageName).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }
}
