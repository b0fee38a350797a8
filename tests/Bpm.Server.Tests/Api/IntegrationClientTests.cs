using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.AgencySimulator.Agencies;
using Bpm.Contracts.V1;
using Bpm.Engine.Persistence;
using Bpm.Server.Identity.Storage;
using Bpm.Server.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.Api;

/// <summary>Agency messages are not an officer's tool: publication and correlation need an integration client (OAuth2 client
/// credentials, managed by the admin, secret shown once, audited); an agency's reply is accepted only from that agency's
/// client over HTTP and only with its credit code over the bus; the sender is recorded on the message and in the history of
/// the instance it reached. Demo clients (secret Demo-Client@2026) come from the demo seed.</summary>
public abstract class IntegrationClientTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    private const string Inspection = "410100-SCJGJ";

    private async Task<(string Instance, string CaseNumber)> WaitingInstanceAsync(string messageName)
    {
        var id = UniqueProcessId("wait");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.ReceiveProcess(id, messageName)));
        var caseNumber = $"豫郑市监罚〔2026〕{Guid.NewGuid():N}号";
        return ((await Client.StartAsync(id, new { caseNumber }))["processInstanceKey"].Key(), caseNumber);
    }

    private async Task<string> StateAsync(string instance) =>
        (await Client.GetObjectAsync($"/api/process-instances/{instance}"))["state"]!.GetValue<string>();

    private async Task<JsonObject> ReceivedEntryAsync(string instance) =>
        (await Client.GetItemsAsync($"/api/process-instances/{instance}/history"))
            .Single(e => e!["event"]!.GetValue<string>() == "MESSAGE_RECEIVED")!.AsObject();

    private static async Task ExpectRule(Task<HttpResponseMessage> call, HttpStatusCode status, string rule)
    {
        var problem = await (await call).ReadProblemAsync(status);
        Assert.Equal(rule, problem["rule"]!.GetValue<string>());
    }

    private static JsonObject Org(OrganisationRef org) => new() { ["creditCode"] = org.CreditCode, ["name"] = org.Name };

    [Theory]
    [InlineData("sunli", "Demo@2026")]
    [InlineData("zhangwei", "Demo@2026")]
    [InlineData("admin", "admin")]
    public async Task A_persons_token_cannot_publish_or_correlate_and_nothing_changes(string username, string password)
    {
        var (instance, caseNumber) = await WaitingInstanceAsync("penalty.fine-paid");
        var person = await Factory.CreateAuthenticatedClientAsync(username, password);
        var body = new { name = "penalty.fine-paid", correlationKey = caseNumber, variables = new { paidAmount = 1 } };
        await ExpectRule(person.PostAsJsonAsync("/api/messages/publication", body), HttpStatusCode.Forbidden, "integration-client-required");
        await ExpectRule(person.PostAsJsonAsync("/api/messages/correlation", body), HttpStatusCode.Forbidden, "integration-client-required");
        Assert.Equal("ACTIVE", await StateAsync(instance));
    }

    [Fact]
    public async Task The_admin_creates_lists_and_disables_a_client_the_secret_is_shown_once_and_every_change_is_audited()
    {
        var clientId = "test-" + Guid.NewGuid().ToString("N")[..10];
        var created = await (await Client.PostAsJsonAsync("/api/integration-clients", new { clientId, name = "测试平台", organisationId = Inspection }))
            .ReadJsonObjectAsync(HttpStatusCode.Created);
        var secret = created["clientSecret"]!.GetValue<string>();
        Assert.True(secret.Length >= 32);
        Assert.Equal((clientId, Inspection), (created["client"]!["clientId"]!.GetValue<string>(), created["client"]!["organisationId"]!.GetValue<string>()));

        var listed = await Client.GetItemsAsync("/api/integration-clients");
        var entry = Assert.Single(listed, c => c!["clientId"]!.GetValue<string>() == clientId)!;
        Assert.Equal(["messages"], entry["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.DoesNotContain(secret, listed.ToJsonString(), StringComparison.Ordinal);
        await using (var db = await Factory.Services.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContextAsync())
            Assert.NotEqual(secret, (await db.IntegrationClients.SingleAsync(c => c.ClientId == clientId)).SecretHash);

        var agency = await Factory.SignInClientAsync(clientId, secret);
        var (instance, caseNumber) = await WaitingInstanceAsync($"{clientId}.reply");
        await (await agency.PostAsJsonAsync("/api/messages/correlation", new { name = $"{clientId}.reply", correlationKey = caseNumber }))
            .ReadJsonObjectAsync(HttpStatusCode.OK);
        Assert.Equal("COMPLETED", await StateAsync(instance));

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/integration-clients/{clientId}")).StatusCode);
        Assert.False((await Client.GetItemsAsync("/api/integration-clients")).Single(c => c!["clientId"]!.GetValue<string>() == clientId)!["active"]!.GetValue<bool>());
        await (await agency.PostAsJsonAsync("/api/messages/publication", new { name = $"{clientId}.reply", correlationKey = caseNumber }))
            .ReadProblemAsync(HttpStatusCode.Unauthorized);
        var refused = await Factory.CreateClient().PostAsync("/api/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
        }));
        Assert.Equal("invalid_client", (await refused.ReadProblemAsync(HttpStatusCode.Unauthorized))["error"]!.GetValue<string>());

        var audit = await Client.GetItemsAsync($"/api/audit?entity=integration-client&id={clientId}");
        Assert.Equal(["integration-client.disabled", "integration-client.created"], audit.Select(a => a!["action"]!.GetValue<string>()));
        Assert.All(audit, a => Assert.Equal("admin", a!["actor"]!.GetValue<string>()));
        Assert.DoesNotContain(secret, audit.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_admin_manages_clients_and_bad_requests_name_the_field()
    {
        var officer = await Factory.CreateAuthenticatedClientAsync("zhangwei", "Demo@2026");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/integration-clients")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/integration-clients",
            new { clientId = "officer-made", name = "x", organisationId = Inspection })).StatusCode);
        var unknownOrg = await (await Client.PostAsJsonAsync("/api/integration-clients", new { clientId = "no-org-client", name = "x", organisationId = "999999" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("organisationId", unknownOrg.ToJsonString(), StringComparison.Ordinal);
        await (await Client.PostAsJsonAsync("/api/integration-clients", new { clientId = "Bad Id!", name = "x", organisationId = Inspection }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_token_grant_takes_form_or_json_and_answers_the_oauth_fields()
    {
        var json = await (await Factory.CreateClient().PostAsJsonAsync("/api/auth/token",
            new { grant_type = "client_credentials", client_id = "disclosure-platform", client_secret = IntegrationClientLogin.DemoSecret }))
            .ReadJsonObjectAsync(HttpStatusCode.OK);
        Assert.Equal("Bearer", json["token_type"]!.GetValue<string>());
        Assert.True(json["expires_in"]!.GetValue<long>() > 0);
        Assert.Equal(json["access_token"]!.GetValue<string>(), json["accessToken"]!.GetValue<string>());
        Assert.Null(json["refreshToken"]);

        var wrong = await Factory.CreateClient().PostAsync("/api/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "disclosure-platform", ["client_secret"] = "guess",
        }));
        Assert.Equal("invalid_client", (await wrong.ReadProblemAsync(HttpStatusCode.Unauthorized))["error"]!.GetValue<string>());
        // A person's username and password are not client credentials.
        var person = await Factory.CreateClient().PostAsJsonAsync("/api/auth/token",
            new { grant_type = "client_credentials", client_id = "zhangwei", client_secret = "Demo@2026" });
        await person.ReadProblemAsync(HttpStatusCode.Unauthorized);
        // The password sign-in still works beside it.
        await (await Factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { username = "zhangwei", password = "Demo@2026" }))
            .ReadJsonObjectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_sender_is_recorded_on_the_stored_message_and_in_the_history_of_the_instance_it_reached()
    {
        var agency = await Factory.CreateIntegrationClientAsync(Client, clientId: "test-sender-" + Guid.NewGuid().ToString("N")[..6]);
        var (instance, caseNumber) = await WaitingInstanceAsync("penalty.fine-paid");
        var messageId = Guid.NewGuid().ToString();
        await (await agency.PostAsJsonAsync("/api/messages/publication",
                new { name = "penalty.fine-paid", correlationKey = caseNumber, messageId, variables = new { paidAmount = 10 } }))
            .ReadJsonObjectAsync(HttpStatusCode.OK);
        Assert.Equal("COMPLETED", await StateAsync(instance));

        var received = await ReceivedEntryAsync(instance);
        Assert.Equal("penalty.fine-paid", received["name"]!.GetValue<string>());
        var clientId = received["value"]!["senderClient"]!.GetValue<string>();
        Assert.StartsWith("test-sender-", clientId, StringComparison.Ordinal);
        Assert.Equal(Inspection, received["value"]!["senderOrganisation"]!.GetValue<string>());
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>().CreateDbContextAsync();
        var stored = await db.Messages.SingleAsync(m => m.MessageId == messageId);
        Assert.Equal((clientId, Inspection), (stored.SenderClient, stored.SenderOrganisation));
    }

    [Fact]
    public async Task An_agency_reply_over_http_is_accepted_only_from_that_agencys_client_and_sender()
    {
        var (instance, caseNumber) = await WaitingInstanceAsync(DisclosureAcknowledged.MessageName);
        Task<HttpResponseMessage> Send(HttpClient client, OrganisationRef sender) => client.PostAsJsonAsync("/api/messages/correlation", new
        {
            name = DisclosureAcknowledged.MessageName, correlationKey = caseNumber,
            variables = new JsonObject { ["sender"] = Org(sender), ["entryId"] = "GS-1", ["publicUrl"] = "https://gs.example/1" },
        });

        var officeClient = await Factory.CreateIntegrationClientAsync(Client);
        await ExpectRule(Send(officeClient, SimulatedOrganisations.DisclosurePlatform), HttpStatusCode.Forbidden, "agency-sender");
        var justice = await Factory.SignInClientAsync("justice-bureau");
        await ExpectRule(Send(justice, SimulatedOrganisations.DisclosurePlatform), HttpStatusCode.Forbidden, "agency-sender");
        var platform = await Factory.SignInClientAsync("disclosure-platform");
        await ExpectRule(Send(platform, SimulatedOrganisations.JusticeBureau), HttpStatusCode.Forbidden, "agency-sender");
        Assert.Equal("ACTIVE", await StateAsync(instance));

        // An unrelated message claiming to come from the justice bureau is refused too.
        await ExpectRule(officeClient.PostAsJsonAsync("/api/messages/publication", new
        {
            name = "disclosure.decision-revoked", correlationKey = caseNumber,
            variables = new JsonObject { ["sender"] = Org(SimulatedOrganisations.JusticeBureau) },
        }), HttpStatusCode.Forbidden, "agency-sender");

        await (await Send(platform, SimulatedOrganisations.DisclosurePlatform)).ReadJsonObjectAsync(HttpStatusCode.OK);
        Assert.Equal("COMPLETED", await StateAsync(instance));
        var received = await ReceivedEntryAsync(instance);
        Assert.Equal(("disclosure-platform", "410000-GSPT"),
            (received["value"]!["senderClient"]!.GetValue<string>(), received["value"]!["senderOrganisation"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_bus_reply_with_another_agencys_sender_is_refused_kept_with_the_reason_and_never_correlated()
    {
        var (instance, caseNumber) = await WaitingInstanceAsync(FilingAcknowledged.MessageName);
        var bus = Factory.Services.GetRequiredService<IBus>();
        FilingAcknowledged Reply(OrganisationRef sender) => new()
        {
            MessageId = Guid.NewGuid(), CaseNumber = caseNumber, Sender = sender, Receiver = SimulatedOrganisations.EnforcementAgency,
            SentAt = DateTimeOffset.UtcNow, InReplyTo = Guid.NewGuid(), DecisionNumber = "郑市监罚字〔2026〕1号",
            FilingNumber = "郑司备〔2026〕1号", FiledOn = new DateOnly(2026, 1, 5),
        };

        var forged = Reply(SimulatedOrganisations.Police);
        await bus.Publish(forged, Pipe.Execute<PublishContext>(c => c.MessageId = forged.MessageId));
        var parked = await Workflows.ScenarioDriver.EventuallyAsync(async () => (await Client.GetItemsAsync("/api/messages/parked"))
            .FirstOrDefault(m => m!["messageId"]!.GetValue<string>() == forged.MessageId.ToString()), "the forged reply to be kept");
        Assert.Equal("REFUSED", parked!["state"]!.GetValue<string>());
        Assert.Contains("11410100MB2222222B", parked["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        var replay = await (await Client.PostAsync($"/api/messages/parked/{forged.MessageId}/replay", null)).ReadJsonObjectAsync(HttpStatusCode.OK);
        Assert.Equal("Refused", replay["outcome"]!.GetValue<string>());
        Assert.Equal("ACTIVE", await StateAsync(instance));

        var genuine = Reply(SimulatedOrganisations.JusticeBureau);
        await bus.Publish(genuine, Pipe.Execute<PublishContext>(c => c.MessageId = genuine.MessageId));
        await Workflows.ScenarioDriver.EventuallyAsync(async () => await StateAsync(instance) == "COMPLETED" ? "done" : null, "the genuine reply to correlate");
        var received = await ReceivedEntryAsync(instance);
        Assert.Equal(SimulatedOrganisations.JusticeBureau.CreditCode, received["value"]!["senderOrganisation"]!.GetValue<string>());
    }
}
