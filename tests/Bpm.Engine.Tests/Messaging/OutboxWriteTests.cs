using Bpm.Contracts.V1;
using Bpm.Engine.Deployment;
using Bpm.Engine.Hosting;
using Bpm.Engine.Persistence;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Tests.Behaviour.Events;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Bpm.Engine.Tests.Messaging.OutboundBpmn;

namespace Bpm.Engine.Tests.Messaging;

/// <summary>Elements bound to a BPM-to-agency contract write their message to the outbox in the step that completes them.</summary>
public abstract class OutboxWriteTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Send_task_writes_one_outbox_row_with_a_valid_filing_as_it_completes()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("outbox_send_task", $"""
            <bpmn:startEvent id="start" />
            {SendTask("file", Filing, FilingInputs())}
            {Bpmn.UserTask("after")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "file", "after", "end")}
            """));
        var key = await h.StartAsync("outbox_send_task", new { caseNo = "X-1" }, businessKey: "CASE-2025-001");

        var row = Assert.Single(await h.OutboxAsync(key));
        Assert.Equal((Filing, "file", (DateTimeOffset?)null), (row.MessageType, row.ElementId, row.DispatchedAt));
        Assert.Equal(["after"], (await h.InstanceAsync(key)).ActiveElementIds);
        Assert.Contains("file", await h.CompletedElementsAsync(key));
        var filing = Assert.IsType<MajorPenaltyFiling>(MessageCatalog.Deserialize(MessageCatalog.Find(Filing)!, row.Payload));
        Assert.Equal((row.MessageId, "CASE-2025-001", h.Clock.GetUtcNow()), (filing.MessageId, filing.CaseNumber, filing.SentAt));
        Assert.Equal(h.Services.GetRequiredService<IOptions<EngineOptions>>().Value.MessageSenderCreditCode, filing.Sender.CreditCode);
        Assert.Equal((ReceiverName, DecisionNumber, 200000m), (filing.Receiver.Name, filing.DecisionNumber, filing.FineAmount));
        Assert.Equal([PenaltyKind.Fine, PenaltyKind.ConfiscationOfIllegalGains], filing.PenaltyKinds);
        Assert.Equal(new DateOnly(2025, 9, 20), filing.DecisionDate);
        Assert.Equal(2048, Assert.Single(filing.Documents).SizeBytes);
    }

    [Fact]
    public async Task A_filing_without_a_receiver_goes_to_the_configured_justice_bureau_and_a_header_overrides_it()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        const string header = """{"creditCode":"11410200MB0000009K","name":"开封市司法局","regionCode":"410200"}""";
        await h.DeployAsync(Bpmn.Process("outbox_receiver", $"""
            <bpmn:startEvent id="start" />
            {SendTask("configured", Filing, FilingInputs(omit: "receiver"))}
            <bpmn:sendTask id="header"><bpmn:extensionElements><zeebe:taskDefinition type="{Filing}" />
              <zeebe:taskHeaders><zeebe:header key="receiver" value="{System.Security.SecurityElement.Escape(header)}" /></zeebe:taskHeaders>
              <zeebe:ioMapping>{FilingInputs(omit: "receiver")}</zeebe:ioMapping></bpmn:extensionElements></bpmn:sendTask>
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "configured", "header", "end")}
            """));
        var key = await h.StartAsync("outbox_receiver", businessKey: "CASE-2025-003");

        var contract = MessageCatalog.Find(Filing)!;
        var receivers = (await h.OutboxAsync(key)).Select(r => ((MajorPenaltyFiling)MessageCatalog.Deserialize(contract, r.Payload)).Receiver).ToList();
        var configured = h.Services.GetRequiredService<IOptions<EngineOptions>>().Value.MessageReceivers["major-penalty"];
        Assert.Equal((configured.CreditCode, "郑州市司法局"), (receivers[0].CreditCode, receivers[0].Name));
        Assert.Equal(("11410200MB0000009K", "开封市司法局", "410200"), (receivers[1].CreditCode, receivers[1].Name, receivers[1].RegionCode));
    }

    [Fact]
    public async Task Message_throw_and_end_events_write_their_messages_in_order()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("outbox_throw_end", $"""
            <bpmn:startEvent id="start" />
            {MessageThrow("throw", Filing, FilingInputs(decisionNumber: "first"))}
            {MessageEnd("end", Filing, FilingInputs(decisionNumber: "second"))}
            {Bpmn.Chain("start", "throw", "end")}
            """));
        var key = await h.StartAsync("outbox_throw_end", businessKey: "CASE-2025-002");

        var rows = await h.OutboxAsync(key);
        Assert.Equal(["throw", "end"], rows.Select(r => r.ElementId));
        var contract = MessageCatalog.Find(Filing)!;
        Assert.Equal(["first", "second"], rows.Select(r => ((MajorPenaltyFiling)MessageCatalog.Deserialize(contract, r.Payload)).DecisionNumber));
        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
    }

    [Fact]
    public async Task Body_missing_a_required_field_raises_a_contract_incident_and_writes_nothing()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("outbox_contract_error", $"""
            <bpmn:startEvent id="start" />
            {SendTask("file", Filing, FilingInputs(omit: "partyName"))}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "file", "end")}
            """));
        var key = await h.StartAsync("outbox_contract_error", businessKey: "CASE-2025-003");

        var instance = await h.InstanceAsync(key);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal((IncidentTypes.MessageContract, "file"), (incident.ErrorType, incident.ElementId));
        Assert.Contains("partyName", incident.ErrorMessage);
        Assert.Equal(["file"], instance.ActiveElementIds);
        Assert.Empty(await h.OutboxAsync(key));
    }

    [Fact]
    public async Task Send_task_with_an_agency_to_bpm_contract_is_rejected_at_deployment()
    {
        await using var h = await EngineHarness.StartAsync(provider);

        var rejected = await Assert.ThrowsAsync<DeploymentRejectedException>(() => h.DeployAsync(Bpmn.Process("outbox_wrong_direction", $"""
            <bpmn:startEvent id="start" />
            {SendTask("ack", FilingAcknowledged.MessageName, "")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "ack", "end")}
            """)));

        Assert.Contains(rejected.Errors, e => e.ElementId == "ack" && e.Message.Contains(FilingAcknowledged.MessageName));
    }
}

public sealed class OutboxWriteSqliteTests() : OutboxWriteTests(DatabaseProvider.Sqlite);
public sealed class OutboxWritePostgresTests() : OutboxWriteTests(DatabaseProvider.Postgres);
