using System.Text.Json.Nodes;
using Bpm.Bus.Senders;
using Microsoft.Extensions.Configuration;

namespace Bpm.Bus.Tests.Senders;

/// <summary>Which agency may send which message: configured per agency (<c>Bpm:Agencies</c>), with the catalogue's agencies
/// as defaults; over the bus by credit code and, when configured, the source endpoint; over HTTP by the client's agency.</summary>
public sealed class AgencySenderRulesTests
{
    private static AgencySenderRules Configured(params (string Key, string Value)[] settings) =>
        AgencySenderRules.From(new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build());

    private static readonly AgencySenderRules Justice = Configured(
        ("Bpm:Agencies:Justice:Name", "某司法局"),
        ("Bpm:Agencies:Justice:OrganisationId", "410200-SFJ"),
        ("Bpm:Agencies:Justice:CreditCodes:0", "11410200MB0000009K"),
        ("Bpm:Agencies:Justice:Messages:0", "major-penalty.acknowledged.v1"),
        ("Bpm:Agencies:Justice:BusSource", "justice-gateway"));

    [Fact]
    public void Without_configuration_the_catalogue_agencies_apply()
    {
        var rules = AgencySenderRules.From(new ConfigurationBuilder().Build());
        Assert.Equal("410000-GSPT", rules.SenderOf("disclosure.acknowledged.v1")!.OrganisationId);
        Assert.Equal("410100-SFJ", rules.SenderOf("supervision.opinion.v1")!.OrganisationId);
        Assert.Null(rules.SenderOf("penalty.fine-paid"));
    }

    [Fact]
    public void A_configured_bus_source_must_match_the_source_address()
    {
        Assert.Null(Justice.BusProblem("major-penalty.acknowledged.v1", "11410200MB0000009K", new Uri("rabbitmq://broker/vhost/justice-gateway")));
        Assert.Contains("justice-gateway", Justice.BusProblem("major-penalty.acknowledged.v1", "11410200MB0000009K", new Uri("rabbitmq://broker/vhost/other")));
        Assert.Contains("justice-gateway", Justice.BusProblem("major-penalty.acknowledged.v1", "11410200MB0000009K", null));
        Assert.Contains("11410100MB2222222B", Justice.BusProblem("major-penalty.acknowledged.v1", "11410100MB2222222B", new Uri("rabbitmq://broker/vhost/justice-gateway")));
        // A message no agency is configured for is refused over the bus.
        Assert.NotNull(Justice.BusProblem("crime-transfer.accepted.v1", "11410200MB0000009K", new Uri("rabbitmq://broker/vhost/justice-gateway")));
    }

    [Fact]
    public void Over_http_only_the_agencys_client_may_send_its_messages_or_claim_its_credit_code()
    {
        var sender = new JsonObject { ["sender"] = new JsonObject { ["creditCode"] = "11410200MB0000009K" } };
        Assert.Null(Justice.HttpProblem("major-penalty.acknowledged.v1", "410200-SFJ", sender));
        Assert.NotNull(Justice.HttpProblem("major-penalty.acknowledged.v1", "410100-SCJGJ", sender));
        Assert.NotNull(Justice.HttpProblem("penalty.fine-paid", "410100-SCJGJ", sender));
        Assert.Null(Justice.HttpProblem("penalty.fine-paid", "410100-SCJGJ", null));
        var other = new JsonObject { ["sender"] = new JsonObject { ["creditCode"] = "11410100MB1234567X" } };
        Assert.NotNull(Justice.HttpProblem("major-penalty.acknowledged.v1", "410200-SFJ", other));
    }
}
