using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Engine.Persistence;
using Bpm.Engine.Time;
using Bpm.Engine.Timers;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.Workflows;

/// <summary>Drives a process through the HTTP API as the demo people would: each acts with their own token, claims and
/// completes their tasks; the clock is moved forward instead of waiting.</summary>
public sealed class ScenarioDriver(BpmServerFactory factory)
{
    public const string DemoPassword = "Demo@2026";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly Dictionary<string, HttpClient> clients = [];

    public async Task<HttpClient> AsAsync(string username)
    {
        if (!clients.TryGetValue(username, out var client))
            clients[username] = client = await factory.CreateAuthenticatedClientAsync(username, username == "admin" ? "admin" : DemoPassword);
        return client;
    }

    public Task<HttpClient> AdminAsync() => AsAsync("admin");

    public async Task<string> StartAsync(string processId, object variables, string businessKey) =>
        (await (await AdminAsync()).StartAsync(processId, variables, businessKey))["processInstanceKey"].Key();

    /// <summary>The open task of the element in the instance, waiting for it to appear (timers fire shortly after the clock moves).</summary>
    public async Task<JsonObject> OpenTaskAsync(string instanceKey, string elementId)
    {
        var admin = await AdminAsync();
        return await EventuallyAsync(async () =>
        {
            var items = await admin.GetItemsAsync($"/api/user-tasks?processInstanceKey={instanceKey}&state=CREATED");
            return items.Select(i => i!.AsObject()).FirstOrDefault(t => t["elementId"]!.GetValue<string>() == elementId);
        }, $"task '{elementId}' of instance {instanceKey}");
    }

    /// <summary>The user claims the task (unless it is theirs already) and completes it with the form's values.</summary>
    public async Task<JsonObject> CompleteAsync(string username, string instanceKey, string elementId, object variables)
    {
        var (task, done) = await TryCompleteAsync(username, instanceKey, elementId, variables);
        Assert.True(done.StatusCode == HttpStatusCode.NoContent, $"{username} completing {elementId}: {(int)done.StatusCode} {await done.Content.ReadAsStringAsync()}");
        return task;
    }

    /// <summary>Claims the task if needed, uploads the audio-video records its workflow declares for the step (unless
    /// <paramref name="withEvidence"/> is false) and tries to complete it: the answer, for tests of a refused completion.</summary>
    public async Task<(JsonObject Task, HttpResponseMessage Response)> TryCompleteAsync(string username, string instanceKey, string elementId, object variables,
        bool withEvidence = true)
    {
        var task = await OpenTaskAsync(instanceKey, elementId);
        var key = task["userTaskKey"].Key();
        var client = await AsAsync(username);
        if (task["assignee"]?.GetValue<string>() != username)
        {
            var claim = await client.PostAsync($"/api/user-tasks/{key}/claim", null);
            Assert.True(claim.StatusCode == HttpStatusCode.NoContent, $"{username} claiming {elementId}: {(int)claim.StatusCode} {await claim.Content.ReadAsStringAsync()}");
        }
        if (withEvidence && ScenarioEvidence.Of((await InstanceAsync(instanceKey))["bpmnProcessId"]!.GetValue<string>(), elementId) is { } evidence)
            await ScenarioEvidence.UploadRequiredAsync(client, key, evidence);
        return (task, await client.PostAsJsonAsync($"/api/user-tasks/{key}/completion", new { variables }));
    }

    public async Task<JsonObject> InstanceAsync(string key) => await (await AdminAsync()).GetObjectAsync($"/api/process-instances/{key}");

    public async Task<JsonObject> VariablesAsync(string key) => (await InstanceAsync(key))["variables"]!.AsObject();

    public async Task<JsonObject> WaitForStateAsync(string key, string state) =>
        await EventuallyAsync(async () => await InstanceAsync(key) is var i && i["state"]!.GetValue<string>() == state ? i : null,
            $"instance {key} to be {state}");

    /// <summary>Element ids in the order they completed.</summary>
    public async Task<List<string>> CompletedElementsAsync(string key) =>
        (await (await AdminAsync()).GetItemsAsync($"/api/process-instances/{key}/history"))
            .Where(e => e!["event"]!.GetValue<string>() == "COMPLETED" && e["elementId"] is not null)
            .Select(e => e!["elementId"]!.GetValue<string>()).ToList();

    public async Task WaitForCompletionOfAsync(string key, string elementId) =>
        await EventuallyAsync(async () => (await CompletedElementsAsync(key)).Contains(elementId) ? "done" : null, $"'{elementId}' of {key} to complete");

    public async Task<DateTimeOffset> NowAsync() =>
        (await (await AdminAsync()).GetObjectAsync("/api/clock"))["now"]!.GetValue<DateTimeOffset>();

    public async Task SetClockAsync(DateTimeOffset now)
    {
        var response = await (await AdminAsync()).PutAsJsonAsync("/api/clock", new { now = now.ToString("O") });
        Assert.True(response.IsSuccessStatusCode, $"pinning the clock to {now:O}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Pins the clock to 10:00 Beijing time on the next day after the current one, so every test starts on a fresh
    /// morning whatever ran before it on the same server.</summary>
    public async Task<DateTimeOffset> NextMorningAsync()
    {
        var now = (await NowAsync()).ToOffset(TestClock.China);
        var morning = new DateTimeOffset(now.Date.AddDays(1).AddHours(10), TestClock.China);
        await SetClockAsync(morning);
        return morning;
    }

    /// <summary>The working-day calendar's answer: <paramref name="days"/> working days after <paramref name="from"/>.</summary>
    public async Task<DateOnly> AddWorkingDaysAsync(DateOnly from, int days)
    {
        var answer = await (await AdminAsync()).GetObjectAsync($"/api/calendar/working-days/add?from={from:yyyy-MM-dd}&days={days}");
        return DateOnly.Parse(answer["date"]!.GetValue<string>());
    }

    /// <summary>Fires every timer due at the engine clock now (what the background sweep does shortly after the clock moves).</summary>
    public Task RunDueTimersAsync() => factory.Services.GetRequiredService<TimerSweep>().RunDueTimersAsync(CancellationToken.None);

    /// <summary>When the instance's timer on the element falls due, or null when it has none (it fired, or was never opened).</summary>
    public async Task<DateTimeOffset?> TimerDueAtAsync(string instanceKey, string elementId)
    {
        var key = long.Parse(instanceKey, System.Globalization.CultureInfo.InvariantCulture);
        await using var context = await factory.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>().CreateDbContextAsync();
        var timers = await context.Subscriptions.AsNoTracking()
            .Where(s => s.ProcessInstanceKey == key && s.ElementId == elementId && s.Kind == "TIMER").ToListAsync();
        return timers.SingleOrDefault()?.DueAt;
    }

    /// <summary>The engine clock's time.</summary>
    public DateTimeOffset EngineNow => factory.Services.GetRequiredService<ControllableClock>().GetUtcNow();

    /// <summary>What the simulated agencies received for the case, oldest first.</summary>
    public async Task<List<JsonObject>> AgencyMessagesAsync(string caseNumber, string name, int atLeast)
    {
        var admin = await AdminAsync();
        return await EventuallyAsync(async () =>
        {
            var found = (await admin.GetItemsAsync("/api/agency-simulator/messages")).Select(m => m!.AsObject())
                .Where(m => m["caseNumber"]!.GetValue<string>() == caseNumber && m["name"]!.GetValue<string>() == name)
                .OrderBy(m => m["receivedAt"]!.GetValue<DateTimeOffset>()).ToList();
            return found.Count >= atLeast ? found : null;
        }, $"{atLeast} '{name}' message(s) for {caseNumber}");
    }

    /// <summary>An integration client of the demo seed (one per simulated agency; payment-platform for payment notices).</summary>
    public async Task<HttpClient> IntegrationAsync(string clientId = "payment-platform")
    {
        var name = "client:" + clientId;
        if (!clients.TryGetValue(name, out var client))
            clients[name] = client = await factory.SignInClientAsync(clientId);
        return client;
    }

    public async Task PublishAsync(string name, string correlationKey, object variables, string clientId = "payment-platform")
    {
        var response = await (await IntegrationAsync(clientId)).PostAsJsonAsync("/api/messages/publication", new { name, correlationKey, variables });
        Assert.True(response.IsSuccessStatusCode, $"publishing {name}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The key of the instance of <paramref name="processId"/> that the parent instance called.</summary>
    public async Task<string> WaitForChildAsync(string parentKey, string processId)
    {
        var admin = await AdminAsync();
        return await EventuallyAsync(async () =>
        {
            foreach (var item in await admin.GetItemsAsync($"/api/process-instances?bpmnProcessId={processId}&state=ACTIVE&pageSize=100"))
            {
                var key = item!["processInstanceKey"].Key();
                if ((await InstanceAsync(key))["parentProcessInstanceKey"]?.GetValue<string>() == parentKey) return key;
            }
            return null;
        }, $"the {processId} instance called by {parentKey}");
    }

    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, string what, TimeSpan? patience = null) where T : class
    {
        var until = DateTimeOffset.UtcNow + (patience ?? Patience);
        while (true)
        {
            if (await probe() is { } found) return found;
            if (DateTimeOffset.UtcNow > until) throw new TimeoutException($"timed out waiting for {what}");
            await Task.Delay(100);
        }
    }
}
