using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bpm.Contracts.Tests;

public sealed class RoundTripTests
{
    [Theory]
    [MemberData(nameof(Contracts.MessageTypeNames), MemberType = typeof(Contracts))]
    public void Every_contract_round_trips_through_web_json_unchanged(string typeName)
    {
        var type = Contracts.ByName(typeName);
        var original = Samples.For(type);

        var json = JsonSerializer.Serialize(original, type, Contracts.Json);
        var copy = JsonSerializer.Deserialize(json, type, Contracts.Json);

        Assert.NotNull(copy);
        Assert.IsType(type, copy);
        // Records holding lists compare the lists by reference, so compare what goes on the wire.
        Assert.Equal(json, JsonSerializer.Serialize(copy, type, Contracts.Json));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonSerializer.SerializeToNode(copy, type, Contracts.Json)));
    }

    [Fact]
    public void Every_message_type_has_a_sample()
    {
        var sampled = Samples.All.Select(m => m.GetType()).ToHashSet();
        Assert.All(Contracts.MessageTypes, t => Assert.Contains(t, sampled));
        Assert.Equal(Contracts.MessageTypes.Count, Samples.All.Count);
    }

    [Fact]
    public void Records_without_lists_are_equal_after_a_round_trip()
    {
        var sample = Samples.For(typeof(Bpm.Contracts.V1.TransferAccepted));
        var copy = JsonSerializer.Deserialize<Bpm.Contracts.V1.TransferAccepted>(
            JsonSerializer.Serialize(sample, sample.GetType(), Contracts.Json), Contracts.Json);
        Assert.Equal(sample, copy);
    }

    [Fact]
    public void Decimal_amounts_and_dates_keep_their_exact_values()
    {
        var sample = (Bpm.Contracts.V1.MajorPenaltyFiling)Samples.For(typeof(Bpm.Contracts.V1.MajorPenaltyFiling));
        var copy = JsonSerializer.Deserialize<Bpm.Contracts.V1.MajorPenaltyFiling>(
            JsonSerializer.Serialize(sample, Contracts.Json), Contracts.Json)!;

        Assert.Equal(150_000.00m, copy.FineAmount);
        Assert.Equal(23_456.78m, copy.ConfiscatedAmount);
        Assert.Equal(new DateOnly(2025, 9, 26), copy.DecisionDate);
        Assert.Equal(sample.SentAt, copy.SentAt);
        Assert.Equal(sample.SentAt.Offset, copy.SentAt.Offset);
        Assert.Equal(sample.PenaltyKinds, copy.PenaltyKinds);
        Assert.Equal(sample.Documents, copy.Documents);
    }

    [Fact]
    public void A_message_missing_a_required_field_is_rejected()
    {
        const string json = """{"messageId":"6f9619ff-8b86-d011-b42d-00c04fc964ff","caseNumber":"X"}""";
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Bpm.Contracts.V1.TransferRefused>(json, Contracts.Json));
    }
}
