using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Bpm.Studio.Tests.Infrastructure;

/// <summary>Sets up what the work-page tests need through the HTTP API (as the given user): start cases, claim and complete
/// tasks, publish messages, and wait for the engine to get somewhere.</summary>
public sealed class StudioApi : IDisposable
{
    private readonly HttpClient _client;

    private StudioApi(HttpClient client) => _client = client;

    public static async Task<StudioApi> SignInAsync(Uri baseAddress, string username, string password = StudioFixture.DemoPassword)
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var token = await client.PostAsJsonAsync("/api/auth/token", new { username, password });
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return new StudioApi(client);
    }

    /// <summary>Signs in an integration client of the demo seed (client credentials grant): only they publish messages.</summary>
    public static async Task<StudioApi> SignInClientAsync(Uri baseAddress, string clientId, string secret = "Demo-Client@2026")
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var token = await client.PostAsync("/api/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
        }));
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return new StudioApi(client);
    }

    public async Task<string> StartAsync(string processId, string businessKey, object variables)
    {
        var response = await _client.PostAsJsonAsync("/api/process-instances", new { bpmnProcessId = processId, businessKey, variables });
        await EnsureAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["processInstanceKey"]!.GetValue<string>();
    }

    /// <summary>Deploys files together (e.g. a process and its forms).</summary>
    public async Task DeployFilesAsync(params (string Name, string Content)[] files)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, text) in files)
            content.Add(new StringContent(text, System.Text.Encoding.UTF8, "application/octet-stream"), "resources", name);
        await EnsureAsync(await _client.PostAsync("/api/deployments", content));
    }

    /// <summary>Deploys one BPMN file; answers the new definition's key.</summary>
    public async Task<string> DeployAsync(string fileName, string xml)
    {
        using var content = new MultipartFormDataContent { { new StringContent(xml, System.Text.Encoding.UTF8, "application/xml"), "resources", fileName } };
        var response = await _client.PostAsync("/api/deployments", content);
        await EnsureAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["processes"]![0]!["processDefinitionKey"]!.GetValue<string>();
    }

    public async Task<JsonObject> GetAsync(string path)
    {
        var response = await _client.GetAsync(path);
        await EnsureAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public async Task PostAsync(string path, object? body = null)
    {
        var response = body is null ? await _client.PostAsync(path, null) : await _client.PostAsJsonAsync(path, body);
        await EnsureAsync(response);
    }

    /// <summary>The raw answer to a GET, for tests of a refusal.</summary>
    public Task<HttpResponseMessage> SendGetAsync(string path) => _client.GetAsync(path);

    /// <summary><paramref name="person"/> claims the open task of the element and completes it with the values.</summary>
    public async Task CompleteTaskAsync(StudioApi person, string instanceKey, string elementId, object variables)
    {
        var taskKey = (await OpenTaskAsync(instanceKey, elementId))["userTaskKey"]!.GetValue<string>();
        await person.PostAsync($"/api/user-tasks/{taskKey}/claim");
        await person.PostAsync($"/api/user-tasks/{taskKey}/completion", new { variables });
    }

    /// <summary>The open task of an element in an instance, once the engine has created it.</summary>
    public Task<JsonObject> OpenTaskAsync(string instanceKey, string elementId) =>
        EventuallyAsync(async () => (await GetAsync($"/api/user-tasks?processInstanceKey={instanceKey}&state=CREATED"))["items"]!.AsArray()
            .Select(i => i!.AsObject()).FirstOrDefault(t => t["elementId"]!.GetValue<string>() == elementId), $"task {elementId} of {instanceKey}");

    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, string what) where T : class
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(90);
        while (true)
        {
            if (await probe() is { } found) return found;
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException($"Gave up waiting for {what}.");
            await Task.Delay(200);
        }
    }

    public void Dispose() => _client.Dispose();

    private static async Task EnsureAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
