using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Bpm.Engine.UserTasks;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bpm.Server.Tests.UserTasks;

public abstract class UserTaskContentTests(BpmServerFactory factory) : UserTaskTestBase(factory)
{
    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string taskKey, string name, byte[] bytes)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(content, "file", name);
        return client.PostAsync($"/api/user-tasks/{taskKey}/attachments", form);
    }

    [Fact]
    public async Task Comments_carry_author_and_time_in_order()
    {
        var taskKey = await StartTaskAsync(await DeployReviewAsync());
        var officer1 = await As("officer1");
        var head1 = await As("head1");
        await (await officer1.PostAsJsonAsync($"/api/user-tasks/{taskKey}/comments", new { text = "现场检查已完成" })).ReadJsonObjectAsync(HttpStatusCode.Created);
        await (await head1.PostAsJsonAsync($"/api/user-tasks/{taskKey}/comments", new { text = "同意" })).ReadJsonObjectAsync(HttpStatusCode.Created);
        await (await officer1.PostAsJsonAsync($"/api/user-tasks/{taskKey}/comments", new { text = " " })).ReadProblemAsync(HttpStatusCode.BadRequest);

        var comments = await officer1.GetItemsAsync($"/api/user-tasks/{taskKey}/comments");
        Assert.Equal([("officer1", "现场检查已完成"), ("head1", "同意")],
            comments.Select(c => (c!["author"]!.GetValue<string>(), c["text"]!.GetValue<string>())));
        Assert.All(comments, c => Assert.True(c!["createdAt"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow.AddMinutes(-5)));
        Assert.Equal([("CREATED", null), ("COMMENTED", "officer1"), ("COMMENTED", "head1")], await HistoryAsync(officer1, taskKey));
    }

    [Fact]
    public async Task Attachments_are_stored_by_sha256_never_overwritten_and_downloaded_with_the_hash()
    {
        var taskKey = await StartTaskAsync(await DeployReviewAsync());
        var officer1 = await As("officer1");
        var bytes = Encoding.UTF8.GetBytes("%PDF-1.7\n询问笔录 " + Guid.NewGuid());
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var first = await (await UploadAsync(officer1, taskKey, "询问笔录.pdf", bytes)).ReadJsonObjectAsync(HttpStatusCode.Created);
        Assert.Equal(sha, first["sha256"]!.GetValue<string>());
        Assert.Equal(bytes.Length, first["size"]!.GetValue<long>());
        Assert.Equal("officer1", first["uploadedBy"]!.GetValue<string>());
        var directory = Factory.Services.GetRequiredService<IOptions<AttachmentOptions>>().Value.Directory;
        var stored = Path.Combine(directory, sha);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(stored));
        var writtenAt = File.GetLastWriteTimeUtc(stored);

        await Task.Delay(50);
        var second = await (await UploadAsync(await As("head1"), taskKey, "copy.pdf", bytes)).ReadJsonObjectAsync(HttpStatusCode.Created);
        Assert.Equal(sha, second["sha256"]!.GetValue<string>());
        Assert.NotEqual(first["attachmentKey"].Key(), second["attachmentKey"].Key());
        Assert.Equal(writtenAt, File.GetLastWriteTimeUtc(stored));
        Assert.Single(Directory.GetFiles(directory), f => Path.GetFileName(f) == sha);

        var listed = await officer1.GetItemsAsync($"/api/user-tasks/{taskKey}/attachments");
        Assert.Equal(["询问笔录.pdf", "copy.pdf"], listed.Select(a => a!["name"]!.GetValue<string>()));
        var download = await officer1.GetAsync($"/api/user-tasks/{taskKey}/attachments/{first["attachmentKey"].Key()}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(sha, download.Headers.GetValues("X-Content-SHA256").Single());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(["CREATED", "ATTACHED", "ATTACHED"], (await HistoryAsync(officer1, taskKey)).Select(h => h.Event));

        await ExpectDenied(UploadAsync(await As("officer3"), taskKey, "x.pdf", bytes), "task-visibility");
        await ExpectDenied((await As("officer3")).GetAsync($"/api/user-tasks/{taskKey}/attachments/{first["attachmentKey"].Key()}"), "task-visibility");
        await (await officer1.GetAsync($"/api/user-tasks/{taskKey}/attachments/12345")).ReadProblemAsync(HttpStatusCode.NotFound);
    }
}
