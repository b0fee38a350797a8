using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Security;

/// <summary>The cases the permission matrix runs against, made once per server: a case of 郑州市 执法稽查处 (its handling task
/// offered to the unit's group zz-scjg-jicha and to liuyang of 金水区, a participant from another unit) and one of 金水区市场监管局,
/// each with a running statutory deadline, a generated decision PDF and an open incident. Cases that a cell changes
/// (cancel, deadlines, incident) are started fresh by <see cref="FreshCaseAsync"/>.</summary>
public sealed class CaseAccessWorld
{
    public const string Inspection = "410100-SCJGJ-ZFJCC";
    public const string Jinshui = "410105-SCJGJ";
    public const string Password = "Demo@2026";

    private static readonly ConcurrentDictionary<BpmServerFactory, Lazy<Task<CaseAccessWorld>>> Worlds = new();

    public required BpmServerFactory Factory { get; init; }
    public required string ProcessId { get; init; }
    public required string DefinitionKey { get; init; }
    public required string StartProcessId { get; init; }
    public IReadOnlyDictionary<string, Case> Cases { get; private set; } = new Dictionary<string, Case>();
    private readonly ConcurrentDictionary<string, Task<HttpClient>> _clients = new();

    public sealed record Case(string InstanceKey, string TaskKey, string IncidentKey, string? DocumentKey);

    public static Task<CaseAccessWorld> OfAsync(BpmServerFactory factory) =>
        Worlds.GetOrAdd(factory, f => new Lazy<Task<CaseAccessWorld>>(() => CreateAsync(f))).Value;

    /// <summary>Supervisors read the cases of the area they supervise with a reason (docs/records.md): their client sends one.</summary>
    public Task<HttpClient> AsAsync(string username) =>
        _clients.GetOrAdd(username, async u =>
        {
            var client = await Factory.CreateAuthenticatedClientAsync(u, u == "admin" ? "admin" : Password);
            if (u is "guoxiaoyan" or "hewei") client.DefaultRequestHeaders.Add("X-Bpm-Access-Reason", Uri.EscapeDataString("执法监督检查"));
            return client;
        });

    private static async Task<CaseAccessWorld> CreateAsync(BpmServerFactory factory)
    {
        var admin = await factory.CreateAuthenticatedClientAsync();
        var id = $"matrix-{Guid.NewGuid():N}"[..20];
        var startId = id + "-s";
        var deployed = await admin.DeployAsync(($"{id}.bpmn", Model(id)), ($"{startId}.bpmn", TestModels.UserTaskProcess(startId, "立案测试")),
            ("matrix-form.form", """{ "id": "matrix-form", "type": "default", "components": [ { "key": "note", "type": "textfield" } ] }"""));
        var definitionKey = deployed["processes"]!.AsArray().First(p => (string)p!["bpmnProcessId"]! == id)!["processDefinitionKey"].Key();
        var world = new CaseAccessWorld { Factory = factory, ProcessId = id, DefinitionKey = definitionKey, StartProcessId = startId };
        world.Cases = new Dictionary<string, Case>
        {
            [Inspection] = await world.FreshCaseAsync(Inspection, withDocument: true),
            [Jinshui] = await world.FreshCaseAsync(Jinshui, withDocument: true),
        };
        return world;
    }

    /// <summary>A new case of the unit, once its task (behind the deadline's job) and incident are there.</summary>
    public async Task<Case> FreshCaseAsync(string unit, bool withDocument = false)
    {
        var admin = await AsAsync("admin");
        var started = await admin.StartAsync(ProcessId, new
        {
            organisationId = unit,
            group = unit == Inspection ? "zz-scjg-jicha" : "js-scjg-zhifa",
            participants = unit == Inspection ? "liuyang" : "nobody",
            amount = 1,
            caseNumber = "豫郑市监立〔2026〕0042号",
            decisionNumber = "郑市监罚字〔2026〕15号",
            party = new { name = "郑州某食品有限公司" },
        });
        var key = started["processInstanceKey"].Key();
        var task = await EventuallyAsync(async () => (await admin.GetItemsAsync($"/api/user-tasks?processInstanceKey={key}&state=CREATED"))
            .FirstOrDefault(t => (string)t!["elementId"]! == "handle")?["userTaskKey"].Key(), $"the task of {key}");
        var incident = (await admin.GetItemsAsync($"/api/incidents?processInstanceKey={key}&state=ACTIVE"))[0]!["incidentKey"].Key();
        var document = withDocument
            ? await EventuallyAsync(async () => (await admin.GetItemsAsync($"/api/process-instances/{key}/documents")).FirstOrDefault()?["documentKey"].Key(),
                $"the decision of {key}")
            : null;
        return new Case(key, task, incident, document);
    }

    private static async Task<string> EventuallyAsync(Func<Task<string?>> probe, string what)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (await probe() is { } found) return found;
            if (DateTime.UtcNow > until) throw new TimeoutException($"waited in vain for {what}");
            await Task.Delay(100);
        }
    }

    /// <summary>Branch A: a 30-day deadline, then the handling task (form, due on the deadline); B: the decision PDF;
    /// C: a gateway whose only flow needs amount &gt; 10 (an incident with amount 1).</summary>
    private static string Model(string id) => TestModels.Process(id, """
        <bpmn:startEvent id="start" />
        <bpmn:parallelGateway id="fork" />
        <bpmn:serviceTask id="deadline"><bpmn:extensionElements><zeebe:taskDefinition type="bpm:start-deadline" /><zeebe:ioMapping>
          <zeebe:input source="=&quot;decision&quot;" target="name" /><zeebe:input source="=30" target="days" />
        </zeebe:ioMapping></bpmn:extensionElements></bpmn:serviceTask>
        <bpmn:userTask id="handle" name="办理">
          <bpmn:extensionElements>
            <zeebe:assignmentDefinition candidateGroups="=group" candidateUsers="=participants" />
            <zeebe:taskSchedule dueDate="=deadlines.decision.due" />
            <zeebe:formDefinition formId="matrix-form" />
          </bpmn:extensionElements>
        </bpmn:userTask>
        <bpmn:endEvent id="endA" />
        <bpmn:serviceTask id="decision"><bpmn:extensionElements><zeebe:taskDefinition type="bpm:generate-document" />
          <zeebe:ioMapping><zeebe:input source="=&quot;行政处罚决定书&quot;" target="documentType" /></zeebe:ioMapping>
        </bpmn:extensionElements></bpmn:serviceTask>
        <bpmn:endEvent id="endB" />
        <bpmn:exclusiveGateway id="check" />
        <bpmn:endEvent id="endC" />
        <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="fork" />
        <bpmn:sequenceFlow id="a1" sourceRef="fork" targetRef="deadline" />
        <bpmn:sequenceFlow id="a2" sourceRef="deadline" targetRef="handle" />
        <bpmn:sequenceFlow id="a3" sourceRef="handle" targetRef="endA" />
        <bpmn:sequenceFlow id="b1" sourceRef="fork" targetRef="decision" />
        <bpmn:sequenceFlow id="b2" sourceRef="decision" targetRef="endB" />
        <bpmn:sequenceFlow id="c1" sourceRef="fork" targetRef="check" />
        <bpmn:sequenceFlow id="c2" sourceRef="check" targetRef="endC">
          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=amount &gt; 10</bpmn:conditionExpression>
        </bpmn:sequenceFlow>
        """);

    public static JsonContent Json(object body) => JsonContent.Create(body);
}
