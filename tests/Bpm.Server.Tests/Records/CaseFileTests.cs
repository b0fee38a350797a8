using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Bpm.Engine.Records;
using Bpm.Server.Records.CaseFiles;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.Records;

/// <summary>Issue 16 item 4: <c>GET /api/process-instances/{key}/case-file</c> streams the electronic case file (电子卷宗)
/// as one ZIP (卷内目录 first, evidence, chained history, access log, manifest with every SHA-256, chain head and anchor),
/// logs the read, and <c>verify-case-file</c> checks it offline: intact → 0; a changed file, a changed manifest line, edited
/// history or a removed file → 1 naming what broke; bad usage → 2.</summary>
public abstract class CaseFileTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    private const string Jinshui = "410105-SCJGJ";
    private static readonly byte[] Video = Encoding.UTF8.GetBytes("执法记录仪视频（测试内容）" + new string('v', 5000));

    /// <summary>A 金水区 case with a case comment, a task comment and a video evidence item on its task, then cancelled
    /// (ended) and, unless told not to, anchored.</summary>
    private async Task<string> EndedCaseWithEvidenceAsync(bool anchor = true)
    {
        var id = UniqueProcessId("casefile");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.UserTaskProcess(id)));
        var key = (await Client.StartAsync(id, new { organisationId = Jinshui }, businessKey: $"JS-{Guid.NewGuid():N}"[..12]))["processInstanceKey"].Key();
        var task = (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={key}"))[0]!["userTaskKey"].Key();
        var form = new MultipartFormDataContent
        {
            { new StringContent("video"), "evidenceKind" },
            { new StringContent("执法记录仪 DSJ-001"), "device" },
            { new StringContent("2026-12-06T09:30:00+08:00"), "capturedAt" },
            { new StringContent("金水区花园路 1 号"), "place" },
        };
        var file = new ByteArrayContent(Video);
        file.Headers.ContentType = new MediaTypeHeaderValue("video/mp4");
        form.Add(file, "file", "现场检查.mp4");
        (await Client.PostAsync($"/api/user-tasks/{task}/attachments", form)).EnsureSuccessStatusCode();
        (await Client.PostAsJsonAsync($"/api/process-instances/{key}/comments", new { text = "当事人当场整改完毕" })).EnsureSuccessStatusCode();
        (await Client.PostAsJsonAsync($"/api/user-tasks/{task}/comments", new { text = "同意不予立案" })).EnsureSuccessStatusCode();
        (await Client.PostAsJsonAsync($"/api/process-instances/{key}/cancellation", new { reason = "当事人已整改" })).EnsureSuccessStatusCode();
        if (anchor) await Factory.Services.GetRequiredService<RecordAnchorer>().AnchorAsync(CancellationToken.None);
        return key;
    }

    private async Task<byte[]> DownloadAsync(string key, HttpClient? client = null)
    {
        var response = await (client ?? Client).GetAsync($"/api/process-instances/{key}/case-file");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<(int Exit, string Output)> VerifyFileAsync(byte[] zip)
    {
        var path = Path.Combine(Path.GetTempPath(), $"case-file-{Guid.NewGuid():N}.zip");
        await File.WriteAllBytesAsync(path, zip);
        try
        {
            var output = new StringWriter();
            return (await VerifyCaseFileCommand.RunAsync([path], output, new StringWriter()), output.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The ZIP rebuilt with <paramref name="change"/> applied to its files (path → bytes).</summary>
    private static byte[] Rewrite(byte[] zip, Action<Dictionary<string, byte[]>> change)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var order = new List<string>();
        using (var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        {
            foreach (var entry in archive.Entries)
            {
                using var content = entry.Open();
                using var copy = new MemoryStream();
                content.CopyTo(copy);
                files[entry.FullName] = copy.ToArray();
                order.Add(entry.FullName);
            }
        }
        change(files);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in order.Where(files.ContainsKey).Concat(files.Keys.Except(order)))
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(files[name]);
            }
        }
        return output.ToArray();
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [Fact]
    public async Task The_case_file_holds_the_contents_first_the_evidence_history_access_log_and_a_manifest_that_verifies_offline()
    {
        var key = await EndedCaseWithEvidenceAsync();
        await Client.GetAsync($"/api/process-instances/{key}/history");   // a read, so the case has an access log
        await Factory.Services.GetRequiredService<AccessLogWriter>().FlushAsync(CancellationToken.None);
        var zip = await DownloadAsync(key);

        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var names = archive.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(CaseFileContents.FileName, names[0]);
        Assert.Equal(CaseFileManifest.FileName, names[^1]);
        var evidence = Assert.Single(names, n => n.StartsWith("evidence/", StringComparison.Ordinal));
        Assert.EndsWith("现场检查.mp4", evidence, StringComparison.Ordinal);
        Assert.Contains(CaseFileHistory.FileName, names);
        Assert.Contains("access-log.json", names);
        using (var contents = archive.GetEntry(CaseFileContents.FileName)!.Open())
        {
            var head = new byte[4];
            contents.ReadExactly(head);
            Assert.Equal("%PDF", Encoding.ASCII.GetString(head));
        }

        JsonObject manifest;
        using (var stream = archive.GetEntry(CaseFileManifest.FileName)!.Open())
            manifest = (await JsonNode.ParseAsync(stream))!.AsObject();
        var integrity = await Client.GetObjectAsync($"/api/process-instances/{key}/integrity");
        Assert.Equal((string)integrity["headHash"]!, (string)manifest["chain"]!["headHash"]!);
        Assert.Equal((long)integrity["entries"]!, (long)manifest["chain"]!["entries"]!);
        Assert.Contains(manifest["anchor"]!["leaves"]!.AsArray(), l => (string)l!["chain"]! == key);
        var evidenceLine = manifest["files"]!.AsArray().Single(f => (string)f!["path"]! == evidence)!;
        Assert.Equal(Sha256(Video), (string)evidenceLine["sha256"]!);
        Assert.Equal("video", (string)evidenceLine["evidence"]!["kind"]!);
        Assert.Equal("执法记录仪 DSJ-001", (string)evidenceLine["evidence"]!["device"]!);
        using (var log = archive.GetEntry("access-log.json")!.Open())
            Assert.Contains((await JsonNode.ParseAsync(log))!.AsArray(), r => (string)r!["resource"]! == "history");
        using (var stream = archive.GetEntry(CaseFileHistory.FileName)!.Open())
        {
            // The case's records with their chain fields: comments and the evidence item's description are chained too.
            var history = (await JsonNode.ParseAsync(stream))!;
            var comment = Assert.Single(history["caseComments"]!.AsArray())!;
            Assert.Equal("当事人当场整改完毕", (string)comment["text"]!);
            Assert.NotNull(comment["hash"]);
            Assert.Equal("同意不予立案", (string)Assert.Single(history["taskComments"]!.AsArray())!["text"]!);
            Assert.Equal("执法记录仪 DSJ-001", (string)Assert.Single(history["attachments"]!.AsArray())!["device"]!);
        }

        var (exit, output) = await VerifyFileAsync(zip);
        Assert.True(exit == VerifyCaseFileCommand.Intact, output);
        Assert.DoesNotContain("BROKEN", output, StringComparison.Ordinal);
        var anchoredAt = DateTimeOffset.Parse((string)manifest["anchor"]!["anchoredAt"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"链头已于 {Bpm.Engine.Time.ChinaTime.Seconds(anchoredAt)}（北京时间）锚定", output, StringComparison.Ordinal);
        Assert.Contains("未提供锚定密钥，未核验锚定签名", output, StringComparison.Ordinal);
    }

    /// <summary>An auditor must not read "anchor verified" for a case file that carries no anchor: such a file is only
    /// self-consistent (docs/records.md), and the command says so while still answering intact.</summary>
    [Fact]
    public async Task A_case_file_made_before_any_anchor_sealed_the_case_verifies_but_says_it_is_not_anchored()
    {
        var key = await EndedCaseWithEvidenceAsync(anchor: false);
        var zip = await DownloadAsync(key);
        using (var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        using (var stream = archive.GetEntry(CaseFileManifest.FileName)!.Open())
            Assert.Null((await JsonNode.ParseAsync(stream))!["anchor"]);

        var (exit, output) = await VerifyFileAsync(zip);
        Assert.True(exit == VerifyCaseFileCommand.Intact, output);
        Assert.Contains("尚未锚定", output, StringComparison.Ordinal);
        Assert.DoesNotContain("锚定均核验通过", output, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Tampering => new()
    {
        { "evidence-bytes", "文件被修改" },
        { "evidence-and-manifest", "未记录在全过程记录中" },
        { "history", "哈希链" },
        { "case-comment", "哈希链" },
        { "attachment-description", "哈希链" },
        { "removed-file", "文件缺失" },
        { "added-file", "不在 manifest.json 中" },
        { "anchor", "默克尔根" },
    };

    [Theory]
    [MemberData(nameof(Tampering))]
    public async Task A_tampered_case_file_is_reported_broken_with_what_broke(string tampering, string expected)
    {
        var key = await EndedCaseWithEvidenceAsync();
        var zip = await DownloadAsync(key);
        var tampered = Rewrite(zip, files =>
        {
            var evidence = files.Keys.Single(n => n.StartsWith("evidence/", StringComparison.Ordinal));
            var manifest = Encoding.UTF8.GetString(files[CaseFileManifest.FileName]);
            switch (tampering)
            {
                case "evidence-bytes":
                    files[evidence] = [.. files[evidence].Take(100), .. "剪辑过"u8.ToArray(), .. files[evidence].Skip(109)];
                    break;
                case "evidence-and-manifest":
                    var replaced = Encoding.UTF8.GetBytes("另一段视频");
                    files[CaseFileManifest.FileName] = Encoding.UTF8.GetBytes(manifest.Replace(Sha256(files[evidence]), Sha256(replaced), StringComparison.Ordinal)
                        .Replace($"\"size\": {files[evidence].Length}", $"\"size\": {replaced.Length}", StringComparison.Ordinal));
                    files[evidence] = replaced;
                    break;
                case "history":
                    var history = Encoding.UTF8.GetString(files[CaseFileHistory.FileName]);
                    Assert.Contains("\"admin\"", history, StringComparison.Ordinal);   // who started and cancelled the case
                    var edited = Encoding.UTF8.GetBytes(history.Replace("\"admin\"", "\"majianguo\"", StringComparison.Ordinal));
                    files[CaseFileHistory.FileName] = edited;
                    // Even with the manifest updated to the edited file, the chain no longer ends at the head.
                    files[CaseFileManifest.FileName] = Encoding.UTF8.GetBytes(manifest.Replace(Sha256(Encoding.UTF8.GetBytes(history)), Sha256(edited), StringComparison.Ordinal));
                    break;
                case "case-comment":
                    ReplaceInHistory(files, manifest, "当事人当场整改完毕", "当事人拒不整改");
                    break;
                case "attachment-description":
                    ReplaceInHistory(files, manifest, "金水区花园路 1 号", "二七区大学路 9 号");
                    break;
                case "removed-file":
                    files.Remove(evidence);
                    break;
                case "added-file":
                    files["evidence/999-补拍.mp4"] = [1, 2, 3];
                    break;
                case "anchor":
                    var root = JsonNode.Parse(manifest)!["anchor"]!["merkleRoot"]!.GetValue<string>();
                    files[CaseFileManifest.FileName] = Encoding.UTF8.GetBytes(manifest.Replace(root, new string('0', 64), StringComparison.Ordinal));
                    break;
            }
        });

        var (exit, output) = await VerifyFileAsync(tampered);
        Assert.Equal(VerifyCaseFileCommand.Broken, exit);
        Assert.Contains("BROKEN", output, StringComparison.Ordinal);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    /// <summary>Edits <paramref name="from"/> in history.json and updates the manifest's line to the edited file, as a forger
    /// would: only the chain can tell.</summary>
    private static void ReplaceInHistory(Dictionary<string, byte[]> files, string manifest, string from, string to)
    {
        var history = Encoding.UTF8.GetString(files[CaseFileHistory.FileName]);
        Assert.Contains(from, history, StringComparison.Ordinal);
        var edited = Encoding.UTF8.GetBytes(history.Replace(from, to, StringComparison.Ordinal));
        files[CaseFileHistory.FileName] = edited;
        files[CaseFileManifest.FileName] = Encoding.UTF8.GetBytes(manifest.Replace(Sha256(Encoding.UTF8.GetBytes(history)), Sha256(edited), StringComparison.Ordinal)
            .Replace($"\"size\": {Encoding.UTF8.GetByteCount(history)}", $"\"size\": {edited.Length}", StringComparison.Ordinal));
    }

    /// <summary>Case files made before comments, attachments and documents were chained have only journal and task history
    /// rows in history.json: they still verify offline.</summary>
    [Fact]
    public async Task A_case_file_made_before_case_records_were_chained_still_verifies()
    {
        var id = UniqueProcessId("casefile-old");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.UserTaskProcess(id)));
        var key = (await Client.StartAsync(id, new { organisationId = Jinshui }))["processInstanceKey"].Key();
        (await Client.PostAsJsonAsync($"/api/process-instances/{key}/cancellation", new { reason = "重复立案" })).EnsureSuccessStatusCode();
        await Factory.Services.GetRequiredService<RecordAnchorer>().AnchorAsync(CancellationToken.None);
        var old = Rewrite(await DownloadAsync(key), files =>
        {
            var history = JsonNode.Parse(files[CaseFileHistory.FileName])!.AsObject();
            foreach (var added in new[] { "caseComments", "taskComments", "attachments", "documents" })
                Assert.True(history.Remove(added), added);
            var bytes = Encoding.UTF8.GetBytes(history.ToJsonString());
            files[CaseFileHistory.FileName] = bytes;
            var manifest = JsonNode.Parse(files[CaseFileManifest.FileName])!;
            var line = manifest["files"]!.AsArray().Single(f => (string)f!["path"]! == CaseFileHistory.FileName)!;
            line["sha256"] = Sha256(bytes);
            line["size"] = bytes.Length;
            files[CaseFileManifest.FileName] = Encoding.UTF8.GetBytes(manifest.ToJsonString());
        });

        var (exit, output) = await VerifyFileAsync(old);
        Assert.True(exit == VerifyCaseFileCommand.Intact, output);
    }

    [Fact]
    public async Task Verify_case_file_answers_2_without_a_file_or_with_a_missing_one()
    {
        Assert.Equal(VerifyCaseFileCommand.Usage, await VerifyCaseFileCommand.RunAsync([], new StringWriter(), new StringWriter()));
        Assert.Equal(VerifyCaseFileCommand.Usage,
            await VerifyCaseFileCommand.RunAsync([Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.zip")], new StringWriter(), new StringWriter()));
    }

    [Fact]
    public async Task Each_role_gets_the_case_file_only_for_a_case_it_may_read_and_the_read_is_logged()
    {
        var key = await EndedCaseWithEvidenceAsync();
        async Task<HttpResponseMessage> AsUser(string username, string? reason = null)
        {
            var client = await Factory.CreateAuthenticatedClientAsync(username, "Demo@2026");
            var url = $"/api/process-instances/{key}/case-file" + (reason is null ? "" : $"?reason={Uri.EscapeDataString(reason)}");
            return await client.GetAsync(url);
        }

        Assert.Equal(HttpStatusCode.OK, (await AsUser("wangqiang")).StatusCode);       // officer of 金水区: his unit's case
        Assert.Equal(HttpStatusCode.OK, (await AsUser("wujing")).StatusCode);          // reviewer of 金水区
        Assert.Equal(HttpStatusCode.OK, (await AsUser("huangzhigang")).StatusCode);    // head of 金水区
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"/api/process-instances/{key}/case-file")).StatusCode);   // admin
        var supervisorWithout = await (await AsUser("guoxiaoyan")).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(AccessReasonRule.Rule, (string)supervisorWithout["rule"]!);
        Assert.Equal(HttpStatusCode.OK, (await AsUser("guoxiaoyan", "行政执法案卷评查")).StatusCode);
        await (await AsUser("zhangwei")).ReadProblemAsync(HttpStatusCode.Forbidden);   // officer of another unit
        var designer = await (await AsUser("xufan")).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("case-file-role", (string)designer["rule"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Factory.CreateClient().GetAsync($"/api/process-instances/{key}/case-file")).StatusCode);

        await Factory.Services.GetRequiredService<AccessLogWriter>().FlushAsync(CancellationToken.None);
        var log = await Client.GetItemsAsync($"/api/access-log?processInstanceKey={key}");
        var reads = log.Where(r => (string)r!["resource"]! == "case-file").Select(r => ((string)r!["username"]!, (string?)r["reason"])).ToList();
        Assert.Contains(("wangqiang", null), reads);
        Assert.Contains(("guoxiaoyan", "行政执法案卷评查"), reads);
        Assert.DoesNotContain(reads, r => r.Item1 is "zhangwei" or "xufan");
    }
}

public sealed class CaseFileSqliteTests(BpmServerFactory<Sqlite> f) : CaseFileTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class CaseFilePostgresTests(BpmServerFactory<Postgres> f) : CaseFileTests(f), IClassFixture<BpmServerFactory<Postgres>>;
