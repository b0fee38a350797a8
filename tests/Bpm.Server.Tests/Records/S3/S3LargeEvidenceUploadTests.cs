using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Amazon.S3;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.Records.S3;

/// <summary>Issue 16 item 3: a 200 MB video goes to the S3-compatible store (in 16 MB parts: the store's multipart path) and comes back, neither way
/// held whole in memory: each direction allocates far less than the file's size in this process (client, server and the S3
/// client all run here). About memory, so SQLite only.</summary>
[Collection(LargeUploadCollection.Name)]
public sealed class S3LargeEvidenceUploadTests(LargeUploadS3ServerFactory factory) : ApiTestBase(factory), IClassFixture<LargeUploadS3ServerFactory>
{
    private const long Size = 200L * 1024 * 1024;

    [S3rverFact]
    public async Task A_200_MB_video_goes_to_the_bucket_in_parts_and_back_with_its_hash_while_allocating_far_less_than_its_size()
    {
        var id = UniqueProcessId("s3video");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.UserTaskProcess(id)));
        var instance = (await Client.StartAsync(id))["processInstanceKey"].Key();
        var task = (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instance}"))[0]!["userTaskKey"].Key();
        var expected = GeneratedVideo.Sha256(Size);
        // Not Client: the factory's default client has a redirect handler that copies every request body into memory.
        using var http = Factory.CreateDefaultClient();
        http.DefaultRequestHeaders.Authorization = Client.DefaultRequestHeaders.Authorization;
        http.Timeout = TimeSpan.FromMinutes(10);

        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var form = new MultipartFormDataContent
        {
            { new StringContent("video"), "evidenceKind" },
            { new StringContent("执法记录仪 DSJ-200"), "device" },
            { new StringContent("2026-12-07T14:00:00+08:00"), "capturedAt" },
            { new StringContent("金水区经三路"), "place" },
        };
        var content = new StreamContent(new GeneratedVideo(Size), 81920);
        content.Headers.ContentType = new MediaTypeHeaderValue("video/mp4");
        form.Add(content, "file", "强制执行全程.mp4");
        var stored = await (await http.PostAsync($"/api/user-tasks/{task}/attachments", form)).ReadJsonObjectAsync(HttpStatusCode.Created);
        var uploadAllocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal((Size, expected), (stored["size"]!.GetValue<long>(), stored["sha256"]!.GetValue<string>()));
        Assert.True(uploadAllocated < Size / 4, $"the upload allocated {uploadAllocated / (1024 * 1024)} MB for a {Size / (1024 * 1024)} MB file");
        var prefix = Factory.Services.GetRequiredService<IConfiguration>()["Bpm:Attachments:S3:Prefix"];
        var metadata = await Factory.Services.GetRequiredService<IAmazonS3>().GetObjectMetadataAsync(S3rverProcess.Bucket, prefix + expected);
        Assert.Equal(Size, metadata.ContentLength);

        GC.Collect();
        before = GC.GetTotalAllocatedBytes(precise: true);
        using var response = await http.GetAsync($"/api/user-tasks/{task}/attachments/{stored["attachmentKey"].Key()}", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var body = await response.Content.ReadAsStreamAsync();
        var downloaded = Convert.ToHexStringLower(await SHA256.HashDataAsync(body));
        var downloadAllocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(expected, downloaded);
        Assert.True(downloadAllocated < Size / 4, $"the download allocated {downloadAllocated / (1024 * 1024)} MB for a {Size / (1024 * 1024)} MB file");
    }
}
