using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Bpm.Server.Tests.Infrastructure;

/// <summary>Small helpers over the HTTP API, so that tests read as the steps they check.</summary>
public static class ApiClientExtensions
{
    public static async Task<HttpResponseMessage> DeployRawAsync(this HttpClient client, params (string Name, string Xml)[] files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, xml) in files)
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(xml));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
            form.Add(content, "resources", name);
        }
        return await client.PostAsync("/api/deployments", form);
    }

    public static async Task<JsonObject> DeployAsync(this HttpClient client, params (string Name, string Xml)[] files)
    {
        var response = await client.DeployRawAsync(files);
        return await response.ReadJsonObjectAsync(HttpStatusCode.OK);
    }

    public static async Task<JsonObject> StartAsync(this HttpClient client, string bpmnProcessId, object? variables = null, string? businessKey = null)
    {
        var response = await client.PostAsJsonAsync("/api/process-instances", new { bpmnProcessId, variables, businessKey });
        return await response.ReadJsonObjectAsync(HttpStatusCode.Created);
    }

    public static async Task<JsonObject> GetObjectAsync(this HttpClient client, string url) =>
        await (await client.GetAsync(url)).ReadJsonObjectAsync(HttpStatusCode.OK);

    public static async Task<JsonArray> GetFromJsonArrayAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }

    /// <summary>A task's <c>dueDate</c>.</summary>
    public static DateTimeOffset DueDate(this JsonObject task) => task["dueDate"]!.GetValue<DateTimeOffset>();

    public static async Task<JsonArray> GetItemsAsync(this HttpClient client, string url) =>
        (await client.GetObjectAsync(url))["items"]!.AsArray();

    /// <summary>What is stored, as the API shows it: definitions and instances counted.</summary>
    public static async Task<(int Definitions, long Instances)> CountStoredAsync(this HttpClient client)
    {
        var definitions = (await client.GetItemsAsync("/api/process-definitions")).Count;
        var instances = (await client.GetObjectAsync("/api/process-instances?pageSize=1"))["total"]!.GetValue<long>();
        return (definitions, instances);
    }

    public static async Task<JsonObject> ReadJsonObjectAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>Asserts an RFC 7807 problem with the status and returns its body.</summary>
    public static async Task<JsonObject> ReadProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!.AsObject();
        Assert.Equal((int)expected, problem["status"]!.GetValue<int>());
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        return problem;
    }

    public static string Key(this JsonNode? node)
    {
        Assert.NotNull(node);
        var key = node.GetValue<string>();
        Assert.True(long.TryParse(key, out _), $"'{key}' is not a string holding a long");
        return key;
    }
}
