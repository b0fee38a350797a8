using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Recovery;
using Xunit.Abstractions;

using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Limits;

/// <summary>A body sent without a length (chunked) is stopped by Kestrel once it passes the cap: the same 413 problem
/// naming the limit, in Chinese. Needs the real server (the in-memory test server does not enforce body sizes).</summary>
[Collection(RecoveryCollection.Name)]
public sealed class StreamedBodyLimitTests(ITestOutputHelper output) : RecoveryTestBase(output)
{
    [Fact]
    public async Task A_chunked_JSON_body_past_the_cap_is_a_413_problem_naming_the_limit()
    {
        await UseDatabaseAsync<Sqlite>();
        var (_, client) = await StartServerAsync("body-limit", environment: new Dictionary<string, string>
        {
            ["Bpm__Engine__Limits__MaxJsonBodyBytes"] = "65536",
        });
        var json = Encoding.UTF8.GetBytes($$"""{"bpmnProcessId":"none","padding":"{{new string('x', 200_000)}}"}""");
        using var content = new StreamContent(new MemoryStream(json));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/process-instances") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{(int)response.StatusCode}: {body}");
        var problem = JsonNode.Parse(body)!.AsObject();
        Assert.Equal("Bpm:Engine:Limits:MaxJsonBodyBytes", problem["limit"]!["name"]!.GetValue<string>());
        Assert.Equal(65536, problem["limit"]!["value"]!.GetValue<long>());
        Assert.Contains("上限", problem["detail"]!.GetValue<string>());
    }
}
