using System.Net;
using System.Net.Http.Headers;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Records;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LargeUploadCollection
{
    public const string Name = "large uploads (measures the process's allocations; runs alone)";
}

/// <summary>A server on real Kestrel sockets, as in production, whose attachments may be 300 MB (a video's size) with no
/// per-case quota.</summary>
public sealed class LargeUploadServerFactory : BpmServerFactory<Sqlite>
{
    public LargeUploadServerFactory() => UseKestrel(0);

    protected override IReadOnlyDictionary<string, string?> ExtraSettings { get; } = new Dictionary<string, string?>
    {
        ["Bpm:Attachments:MaxBytes"] = (300L * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Bpm:Attachments:MaxBytesPerInstance"] = "0",
    };
}

/// <summary>Issue 16 item 3: a 200 MB video is streamed through to the store, never held whole in memory: the whole upload
/// allocates far less than its size in this process (client and server both run here, so the bound covers both). It is
/// about memory, not the database, so it runs on SQLite only.</summary>
[Collection(LargeUploadCollection.Name)]
public sealed class LargeEvidenceUploadTests(LargeUploadServerFactory factory) : ApiTestBase(factory), IClassFixture<LargeUploadServerFactory>
{
    private const long Size = 200L * 1024 * 1024;

    [Fact]
    public async Task A_200_MB_video_is_stored_with_its_hash_while_the_process_allocates_far_less_than_its_size()
    {
        var id = UniqueProcessId("video");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.UserTaskProcess(id)));
        var instance = (await Client.StartAsync(id))["processInstanceKey"].Key();
        var task = (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instance}"))[0]!["userTaskKey"].Key();
        var expected = GeneratedVideo.Sha256(Size);

        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var form = new MultipartFormDataContent
        {
            { new StringContent("video"), "evidenceKind" },
            { new StringContent("执法记录仪 DSJ-200"), "device" },
            { new StringContent("2026-12-06T14:00:00+08:00"), "capturedAt" },
            { new StringContent("金水区经三路"), "place" },
        };
        var content = new StreamContent(new GeneratedVideo(Size), 81920);
        content.Headers.ContentType = new MediaTypeHeaderValue("video/mp4");
        form.Add(content, "file", "强制执行全程.mp4");
        // Not Client: the factory's default client has a redirect handler that copies every request body into memory.
        using var uploader = Factory.CreateDefaultClient();
        uploader.DefaultRequestHeaders.Authorization = Client.DefaultRequestHeaders.Authorization;
        var response = await uploader.PostAsync($"/api/user-tasks/{task}/attachments", form);
        var stored = await response.ReadJsonObjectAsync(HttpStatusCode.Created);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(Size, stored["size"]!.GetValue<long>());
        Assert.Equal(expected, stored["sha256"]!.GetValue<string>());
        Assert.True(allocated < Size / 4, $"the upload allocated {allocated / (1024 * 1024)} MB for a {Size / (1024 * 1024)} MB file");
    }
}
