using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Amazon.S3;
using Bpm.Engine.Records;
using Bpm.Engine.UserTasks;
using Bpm.Server.Records.CaseFiles;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bpm.Server.Tests.Records.S3;

/// <summary>Issue 16 item 3: with <c>Bpm:Attachments:Store = S3</c> evidence is kept in an S3-compatible bucket (here a
/// real s3rver), one object per content named by its SHA-256; it downloads with the same bytes and the case file built from
/// it verifies offline.</summary>
public abstract class S3EvidenceStoreTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    private static readonly byte[] Video = RandomNumberGenerator.GetBytes(3 * 1024 * 1024 + 17);

    private async Task<(string Instance, string Task, string Attachment, string Sha256)> CaseWithVideoAsync()
    {
        var id = UniqueProcessId("s3");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.UserTaskProcess(id)));
        var instance = (await Client.StartAsync(id, businessKey: $"S3-{Guid.NewGuid():N}"[..12]))["processInstanceKey"].Key();
        var task = (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instance}"))[0]!["userTaskKey"].Key();
        var form = new MultipartFormDataContent
        {
            { new StringContent("video"), "evidenceKind" },
            { new StringContent("执法记录仪 DSJ-S3"), "device" },
            { new StringContent("2026-12-07T09:00:00+08:00"), "capturedAt" },
            { new StringContent("金水区农业路 9 号"), "place" },
        };
        var file = new ByteArrayContent(Video);
        file.Headers.ContentType = new MediaTypeHeaderValue("video/mp4");
        form.Add(file, "file", "查封现场.mp4");
        var stored = await (await Client.PostAsync($"/api/user-tasks/{task}/attachments", form)).ReadJsonObjectAsync(HttpStatusCode.Created);
        return (instance, task, stored["attachmentKey"].Key(), stored["sha256"]!.GetValue<string>());
    }

    [S3rverFact]
    public async Task Evidence_is_kept_in_the_bucket_under_its_hash_and_downloads_with_the_same_bytes()
    {
        var (_, task, attachment, sha256) = await CaseWithVideoAsync();

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Video)), sha256);
        var s3 = Factory.Services.GetRequiredService<IAmazonS3>();
        var prefix = Factory.Services.GetRequiredService<IConfiguration>()["Bpm:Attachments:S3:Prefix"];
        var stored = await s3.GetObjectMetadataAsync(S3rverProcess.Bucket, prefix + sha256);
        Assert.Equal(Video.LongLength, stored.ContentLength);
        var spool = Factory.Services.GetRequiredService<IOptions<AttachmentOptions>>().Value.Directory;
        Assert.Empty(Directory.Exists(spool) ? Directory.GetFiles(spool) : []);

        var download = await Client.GetAsync($"/api/user-tasks/{task}/attachments/{attachment}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(sha256, download.Headers.GetValues("X-Content-SHA256").Single());
        Assert.Equal(Video, await download.Content.ReadAsByteArrayAsync());
    }

    [S3rverFact]
    public async Task A_case_file_built_from_evidence_in_the_bucket_verifies_offline()
    {
        var (instance, _, _, sha256) = await CaseWithVideoAsync();
        (await Client.PostAsJsonAsync($"/api/process-instances/{instance}/cancellation", new { reason = "当事人已整改" })).EnsureSuccessStatusCode();
        await Factory.Services.GetRequiredService<RecordAnchorer>().AnchorAsync(CancellationToken.None);

        var response = await Client.GetAsync($"/api/process-instances/{instance}/case-file");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var zip = await response.Content.ReadAsByteArrayAsync();
        using (var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        {
            var evidence = archive.Entries.Single(e => e.FullName.StartsWith("evidence/", StringComparison.Ordinal));
            await using var content = evidence.Open();
            Assert.Equal(sha256, Convert.ToHexStringLower(await SHA256.HashDataAsync(content)));
        }
        var path = Path.Combine(Path.GetTempPath(), $"case-file-{Guid.NewGuid():N}.zip");
        await File.WriteAllBytesAsync(path, zip);
        try
        {
            var output = new StringWriter();
            Assert.True(await VerifyCaseFileCommand.RunAsync([path], output, new StringWriter()) == 0, output.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}

public sealed class S3EvidenceStoreSqliteTests(S3BpmServerFactory<Sqlite> f) : S3EvidenceStoreTests(f), IClassFixture<S3BpmServerFactory<Sqlite>>;
public sealed class S3EvidenceStorePostgresTests(S3BpmServerFactory<Postgres> f) : S3EvidenceStoreTests(f), IClassFixture<S3BpmServerFactory<Postgres>>;
