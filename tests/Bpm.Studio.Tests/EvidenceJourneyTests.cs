using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Bpm.Server.Records.CaseFiles;
using Bpm.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Bpm.Studio.Tests;

/// <summary>Issue 16: an officer records a step's audio-video evidence (音像记录) in the task's evidence fields — kind, device,
/// capture time, place — completes the step, and downloads the electronic case file (下载电子卷宗) on the task page; a head
/// downloads it on the instance page (流程监控). Each ZIP lists every file in its manifest with a SHA-256 that matches.</summary>
[Collection(StudioCollection.Name)]
public sealed class EvidenceJourneyTests(StudioFixture studio)
{
    private const string ProcessId = "evidence-journey";

    private static string Seizure() => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
            id="{ProcessId}-definitions" targetNamespace="http://bpm.henan.gov.cn/tests">
          <bpmn:process id="{ProcessId}" name="查封扣押（音像记录）" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="seize" />
            <bpmn:userTask id="seize" name="实施查封扣押">
              <bpmn:extensionElements>
                <zeebe:assignmentDefinition candidateGroups="zz-scjg-jicha" />
                <zeebe:taskHeaders><zeebe:header key="evidence" value="video" /></zeebe:taskHeaders>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f2" sourceRef="seize" targetRef="wrapUp" />
            <bpmn:userTask id="wrapUp" name="制作查封扣押决定书">
              <bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="zz-scjg-jicha" /></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f3" sourceRef="wrapUp" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [ChromiumFact]
    public async Task An_officer_uploads_typed_evidence_completes_the_step_and_the_case_file_downloaded_on_the_task_and_instance_pages_verifies()
    {
        using var admin = await StudioApi.SignInAsync(studio.Server.BaseAddress, "admin", "admin");
        await admin.DeployAsync($"{ProcessId}.bpmn", Seizure());
        var instance = await admin.StartAsync(ProcessId, $"查封-{Guid.NewGuid():N}"[..12], new { organisationId = WorkPageCases.Unit });
        var taskKey = (await admin.OpenTaskAsync(instance, "seize"))["userTaskKey"]!.GetValue<string>();

        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("zhangwei");
        await page.Page.GotoAsync($"/inbox/{taskKey}");
        await page.Page.ClickAsync("[data-action=claim]");
        await page.Page.WaitForSelectorAsync("[data-action=submit-task]:not([disabled])");
        await page.Page.ClickAsync("[data-action=submit-task]");
        await page.Page.WaitForSelectorAsync("[data-testid=task-detail] .status[data-kind=error]");
        Assert.Contains("缺少执法视频", await page.Page.InnerTextAsync("[data-testid=task-detail] .status[data-kind=error]"));

        var video = RandomNumberGenerator.GetBytes(64 * 1024);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(video));
        await page.Page.SelectOptionAsync("select[name=evidenceKind]", "video");
        await page.Page.FillAsync("input[name=device]", "执法记录仪 DSJ-007");
        await page.Page.FillAsync("input[name=capturedAt]", "2026-12-07T09:30");
        await page.Page.FillAsync("input[name=place]", "郑州市金水区文化路 8 号");
        await page.Page.SetInputFilesAsync("input[name=evidence]", new FilePayload { Name = "查封现场.mp4", MimeType = "video/mp4", Buffer = video });
        var item = page.Page.Locator($"[data-testid=attachments] li[data-sha256='{sha256}'] [data-evidence-kind=video]");
        await item.WaitForAsync();
        var shown = await item.InnerTextAsync();
        Assert.Contains("执法视频", shown);
        Assert.Contains("执法记录仪 DSJ-007", shown);
        Assert.Contains("郑州市金水区文化路 8 号", shown);
        Assert.Contains("09:30", shown);
        await page.ScreenshotAsync("evidence-uploaded");

        await page.Page.ClickAsync("[data-action=submit-task]");
        await page.Page.WaitForSelectorAsync("text=任务已办结");
        Assert.Equal("COMPLETED", (await admin.GetAsync($"/api/user-tasks/{taskKey}"))["state"]!.GetValue<string>());
        var fromTask = await DownloadCaseFileAsync(page);
        AssertVerifies(fromTask, instance, sha256);
        await page.ScreenshotAsync("evidence-case-file-task-page");

        await using var head = await studio.NewPageAsync();
        await head.SignInAsync("majianguo");
        await head.Page.GotoAsync($"/operations/{instance}");
        var fromInstance = await DownloadCaseFileAsync(head);
        AssertVerifies(fromInstance, instance, sha256);
        await head.ScreenshotAsync("evidence-case-file-instance-page");
        Assert.Empty(head.Errors);
    }

    private static async Task<byte[]> DownloadCaseFileAsync(StudioPage page)
    {
        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.Page.ClickAsync("[data-action=download-case-file]"));
        Assert.EndsWith(".zip", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        var output = new StringWriter();
        Assert.True(await VerifyCaseFileCommand.RunAsync([path], output, new StringWriter()) == 0, $"verify-case-file: {output}");
        return await File.ReadAllBytesAsync(path);
    }

    /// <summary>Beside <c>verify-case-file</c> (run on each download): every file of the ZIP is in the manifest with its SHA-256
    /// and size, nothing listed is missing, and the evidence item is there with its fields.</summary>
    private static void AssertVerifies(byte[] zip, string instance, string evidenceSha256)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        JsonObject manifest;
        using (var stream = archive.GetEntry("manifest.json")!.Open())
            manifest = JsonNode.Parse(stream)!.AsObject();
        Assert.Equal(instance, manifest["processInstanceKey"]!.GetValue<string>());
        var listed = manifest["files"]!.AsArray().Select(f => f!.AsObject()).ToList();
        Assert.Equal(archive.Entries.Select(e => e.FullName).Where(n => n != "manifest.json").Order(StringComparer.Ordinal),
            listed.Select(f => f["path"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        foreach (var file in listed)
        {
            using var content = archive.GetEntry(file["path"]!.GetValue<string>())!.Open();
            using var copy = new MemoryStream();
            content.CopyTo(copy);
            Assert.Equal(file["size"]!.GetValue<long>(), copy.Length);
            Assert.Equal(file["sha256"]!.GetValue<string>(), Convert.ToHexStringLower(SHA256.HashData(copy.ToArray())));
        }
        var evidence = listed.Single(f => f["kind"]!.GetValue<string>() == "evidence");
        Assert.Equal(evidenceSha256, evidence["sha256"]!.GetValue<string>());
        Assert.Equal(("video", "执法记录仪 DSJ-007"), (evidence["evidence"]!["kind"]!.GetValue<string>(), evidence["evidence"]!["device"]!.GetValue<string>()));
    }
}
