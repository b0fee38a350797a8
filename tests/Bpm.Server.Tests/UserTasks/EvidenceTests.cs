using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.UserTasks;

/// <summary>Issue 16 item 3: audio-video and on-site evidence (音像记录). An attachment uploaded with <c>evidenceKind</c> is a
/// typed evidence item with its SHA-256, size, device, capture time and place and officer, recorded in the chained task
/// history; a user task's header <c>evidence</c> lists the records the step must carry, and completing it without one
/// answers 409 naming the missing record; an unknown kind in the header is refused at deployment.</summary>
public abstract class EvidenceTests(BpmServerFactory factory) : UserTaskTestBase(factory)
{
    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string taskKey, byte[] bytes, string name, params (string Field, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (field, value) in fields) form.Add(new StringContent(value), field);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", name);
        return client.PostAsync($"/api/user-tasks/{taskKey}/attachments", form);
    }

    private static (string, string)[] Captured(string kind, string? device = "执法记录仪 DSJ-007")
    {
        List<(string, string)> fields = [("evidenceKind", kind), ("capturedAt", "2026-12-06T10:15:00+08:00"), ("place", "金水区文化路 8 号")];
        if (device is not null) fields.Add(("device", device));
        return [.. fields];
    }

    private async Task<string> StartSeizureAsync(string evidenceHeader)
    {
        var id = UniqueProcessId("seizure");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.Process(id, $"""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="seize" />
            {RuleTask("seize", "查封扣押", "officer1", $"""<zeebe:header key="evidence" value="{evidenceHeader}" />""")}
            <bpmn:sequenceFlow id="f2" sourceRef="seize" targetRef="end" />
            <bpmn:endEvent id="end" />
            """)));
        var instance = (await Client.StartAsync(id))["processInstanceKey"].Key();
        return (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instance}&state=CREATED"))[0]!["userTaskKey"].Key();
    }

    [Fact]
    public async Task An_evidence_item_carries_its_hash_size_device_time_place_and_officer_into_the_chained_history()
    {
        var task = await StartSeizureAsync("photo");
        var officer1 = await As("officer1");
        var bytes = RandomNumberGenerator.GetBytes(70_000);
        var stored = await (await UploadAsync(officer1, task, bytes, "扣押物品.jpg", Captured("photo"))).ReadJsonObjectAsync(HttpStatusCode.Created);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), stored["sha256"]!.GetValue<string>());
        Assert.Equal(70_000, stored["size"]!.GetValue<long>());
        var evidence = stored["evidence"]!;
        Assert.Equal("photo", evidence["kind"]!.GetValue<string>());
        Assert.Equal("执法记录仪 DSJ-007", evidence["device"]!.GetValue<string>());
        Assert.Equal(DateTimeOffset.Parse("2026-12-06T02:15:00Z", System.Globalization.CultureInfo.InvariantCulture), evidence["capturedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal("金水区文化路 8 号", evidence["place"]!.GetValue<string>());
        Assert.Equal("officer1", evidence["officer"]!.GetValue<string>());
        Assert.Equal("photo", (await officer1.GetItemsAsync($"/api/user-tasks/{task}/attachments"))[0]!["evidence"]!["kind"]!.GetValue<string>());

        var attached = (await officer1.GetItemsAsync($"/api/user-tasks/{task}/history")).Single(h => h!["event"]!.GetValue<string>() == "ATTACHED")!;
        Assert.Equal("photo", attached["details"]!["evidence"]!["kind"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("film", "device", "evidenceKind")]
    [InlineData("video", null, "device")]
    public async Task A_bad_evidence_item_is_refused_naming_the_field_and_nothing_is_stored(string kind, string? device, string field)
    {
        var task = await StartSeizureAsync("video");
        var officer1 = await As("officer1");
        var problem = await (await UploadAsync(officer1, task, [1, 2, 3], "a.mp4", Captured(kind, device is null ? null : "DSJ"))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(field, problem["field"]!.GetValue<string>());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem["detail"]!.GetValue<string>());
        Assert.Empty(await officer1.GetItemsAsync($"/api/user-tasks/{task}/attachments"));
    }

    /// <summary>A capture time without an offset would be read in the server's own time zone (8 hours off on a server kept in
    /// UTC), so it is refused rather than guessed; the studio always sends Beijing time with +08:00.</summary>
    [Theory]
    [InlineData("2026-12-06T10:15")]
    [InlineData("2026-12-06T10:15:00")]
    public async Task A_capture_time_without_an_offset_is_refused_naming_capturedAt_and_nothing_is_stored(string capturedAt)
    {
        var task = await StartSeizureAsync("video");
        var officer1 = await As("officer1");
        var fields = Captured("video").Select(f => f.Item1 == "capturedAt" ? (f.Item1, capturedAt) : f).ToArray();
        var problem = await (await UploadAsync(officer1, task, [1, 2, 3], "a.mp4", fields)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("capturedAt", problem["field"]!.GetValue<string>());
        Assert.Contains("时区", problem["detail"]!.GetValue<string>());
        Assert.Empty(await officer1.GetItemsAsync($"/api/user-tasks/{task}/attachments"));
    }

    [Fact]
    public async Task A_step_that_must_carry_audio_video_records_cannot_complete_until_each_is_attached()
    {
        var task = await StartSeizureAsync("video|audio, photo");
        var officer1 = await As("officer1");

        // A plain attachment is not an audio-video record.
        (await UploadAsync(officer1, task, [9, 9], "清单.pdf")).EnsureSuccessStatusCode();
        var first = await (await officer1.PostAsJsonAsync($"/api/user-tasks/{task}/completion", new { })).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("evidence-required", first["rule"]!.GetValue<string>());
        Assert.Contains("执法视频或执法录音", first["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("音像记录", first["law"]!.GetValue<string>(), StringComparison.Ordinal);

        (await UploadAsync(officer1, task, [1, 2, 3, 4], "录音.m4a", Captured("audio"))).EnsureSuccessStatusCode();
        var second = await (await officer1.PostAsJsonAsync($"/api/user-tasks/{task}/completion", new { })).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("现场照片", second["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("CREATED", (await TaskAsync(officer1, task))["state"]!.GetValue<string>());

        (await UploadAsync(officer1, task, [5, 6, 7], "现场.jpg", Captured("photo"))).EnsureSuccessStatusCode();
        await ExpectNoContent(officer1.PostAsJsonAsync($"/api/user-tasks/{task}/completion", new { }));
    }

    [Fact]
    public async Task An_unknown_evidence_kind_in_the_header_is_refused_at_deployment_naming_the_element()
    {
        var id = UniqueProcessId("bad-evidence");
        var response = await Client.DeployRawAsync(($"{id}.bpmn", TestModels.Process(id, $"""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="seize" />
            {RuleTask("seize", "查封扣押", "officer1", """<zeebe:header key="evidence" value="video|hologram" />""")}
            <bpmn:sequenceFlow id="f2" sourceRef="seize" targetRef="end" />
            <bpmn:endEvent id="end" />
            """)));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsArray().Select(e => (e!["elementId"]!.GetValue<string>(), e["message"]!.GetValue<string>())).ToList();
        Assert.Contains(errors, e => e.Item1 == "seize" && e.Item2.Contains("「hologram」", StringComparison.Ordinal));
    }
}

public sealed class EvidenceSqliteTests(PeopleServerFactory<Sqlite> f) : EvidenceTests(f), IClassFixture<PeopleServerFactory<Sqlite>>;
public sealed class EvidencePostgresTests(PeopleServerFactory<Postgres> f) : EvidenceTests(f), IClassFixture<PeopleServerFactory<Postgres>>;
