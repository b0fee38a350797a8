using System.Security.Cryptography;
using System.Text;
using Bpm.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Bpm.Studio.Tests;

/// <summary>Issue 16 in the browser: an officer opens 调查取证 of a 行政处罚一般程序 case, whose model requires a video or
/// audio record and a photo; sees which, is refused (409 naming the missing kind) while one is missing, uploads typed evidence
/// (kind, device, capture time, place), sees its SHA-256 and download, completes the task, and downloads the 电子卷宗 from the
/// task page and the admin from the operations page; both ZIPs' manifests match their files and hold the evidence.</summary>
[Collection(StudioCollection.Name)]
public sealed class EvidenceJourneyTests(StudioFixture studio)
{
    private const string Unit = "410100-SCJGJ-ZFJCC";

    [ChromiumFact]
    public async Task An_officer_uploads_the_required_audio_video_records_completes_the_investigation_and_downloads_a_verifiable_case_file()
    {
        using var admin = await StudioApi.SignInAsync(studio.Server.BaseAddress, "admin", "admin");
        using var officer = await StudioApi.SignInAsync(studio.Server.BaseAddress, "zhangwei");
        using var second = await StudioApi.SignInAsync(studio.Server.BaseAddress, "lina");
        using var head = await StudioApi.SignInAsync(studio.Server.BaseAddress, "majianguo");
        var instance = await admin.StartAsync("administrative-penalty", $"案源-{Guid.NewGuid():N}"[..20], new { organisationId = Unit });
        await admin.CompleteTaskAsync(officer, instance, "register", new
        {
            caseSource = "inspection", partyKind = "LegalPerson", partyName = "郑州某食品有限公司", partyCreditCode = "91410100MA44XXXX0X",
            clueSummary = "监督检查发现当事人销售超过保质期的食品",
        });
        await admin.CompleteTaskAsync(head, instance, "fileApproval", new { filingDecision = "approve", filingOpinion = "符合立案条件，同意立案" });
        // Two certified officers confirm the investigation (行政处罚法 第四十二条); the first then works it in the studio.
        var taskKey = (await admin.OpenTaskAsync(instance, "investigate"))["userTaskKey"]!.GetValue<string>();
        await officer.PostAsync($"/api/user-tasks/{taskKey}/claim");
        await officer.PostAsync($"/api/user-tasks/{taskKey}/confirmation");
        await second.PostAsync($"/api/user-tasks/{taskKey}/confirmation");

        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("zhangwei");
        await page.Page.GotoAsync($"/inbox/{taskKey}");
        await page.Page.WaitForSelectorAsync("[data-action=submit-task]:not([disabled])");

        // The model's evidence header, in Chinese, nothing uploaded yet.
        var required = page.Page.Locator("[data-testid=required-evidence]");
        Assert.Equal("执法视频或执法录音：未上传", await required.Locator("[data-evidence-item='video|audio']").InnerTextAsync());
        Assert.Equal("现场照片：未上传", await required.Locator("[data-evidence-item=photo]").InnerTextAsync());

        var form = page.Page.Locator("[data-testid=task-form]");
        await form.GetByLabel("调查查明的事实").FillAsync("当事人销售超过保质期的食品共计120件");
        await form.GetByLabel("证据材料（笔录、物证、检验报告等）").FillAsync("现场检查笔录、执法视频、现场照片");

        // Completing without the records is refused by the server, naming the missing kind.
        var formStatus = page.Page.Locator(".task-main .toolbar .status");
        await page.Page.ClickAsync("[data-action=submit-task]");
        await Assertions.Expect(formStatus).ToContainTextAsync("缺少执法视频或执法录音");
        await page.ScreenshotAsync("evidence-required-refused");

        var video = Encoding.UTF8.GetBytes($"执法记录仪视频 {Guid.NewGuid()}");
        await UploadAsync(page.Page, "video", "执法记录仪 DSJ-2026-017", "2026-12-07T09:30", "郑州市金水区农业路18号", "现场检查.mp4", "video/mp4", video);
        var videoRow = page.Page.Locator($"[data-testid=attachments] li[data-sha256='{Sha256(video)}']");
        await videoRow.WaitForAsync();
        Assert.Contains($"SHA-256：{Sha256(video)}", await videoRow.InnerTextAsync());
        // The size the server counted while storing it.
        Assert.Equal($"（{video.Length} 字节）", await videoRow.Locator("[data-field=size]").InnerTextAsync());
        Assert.Contains("执法视频 · 执法记录仪 DSJ-2026-017 · 2026-12-07 09:30", await videoRow.InnerTextAsync());
        Assert.Contains("郑州市金水区农业路18号", await videoRow.InnerTextAsync());
        Assert.Equal("true", await required.Locator("[data-evidence-item='video|audio']").GetAttributeAsync("data-present"));

        // Still one missing: the refusal now names the photo.
        await page.Page.ClickAsync("[data-action=submit-task]");
        await Assertions.Expect(formStatus).ToContainTextAsync("缺少现场照片");

        var photo = Encoding.UTF8.GetBytes($"现场照片 {Guid.NewGuid()}");
        await UploadAsync(page.Page, "photo", "数码相机 EOS-01", "2026-12-07T09:40", "郑州市金水区农业路18号", "货架.jpg", "image/jpeg", photo);
        await page.Page.Locator($"[data-testid=attachments] li[data-sha256='{Sha256(photo)}']").WaitForAsync();
        Assert.Equal("现场照片：已上传", await required.Locator("[data-evidence-item=photo]").InnerTextAsync());
        await page.ScreenshotAsync("evidence-uploaded");

        // The evidence downloads with the bytes uploaded.
        var download = await page.Page.RunAndWaitForDownloadAsync(() => videoRow.Locator("[data-action=download-attachment]").ClickAsync());
        Assert.Equal(video, await File.ReadAllBytesAsync((await download.PathAsync())!));

        await page.Page.ClickAsync("[data-action=submit-task]");
        await page.Page.WaitForSelectorAsync("[data-testid=task-detail] .status[data-kind=success] >> text=任务已办结");
        await admin.OpenTaskAsync(instance, "conclude");

        // 下载电子卷宗 on the task page.
        var fromTask = await DownloadCaseFileAsync(page.Page);
        AssertHoldsTheEvidence(fromTask, instance, video, photo);
        await page.ScreenshotAsync("evidence-case-file-task");

        // And on the operations page of the instance.
        await using var operations = await studio.NewPageAsync();
        await operations.SignInAsync("admin", "admin");
        await operations.Page.GotoAsync($"/operations/{instance}");
        await operations.Page.WaitForSelectorAsync("[data-testid=instance-title]");
        var fromOperations = await DownloadCaseFileAsync(operations.Page);
        AssertHoldsTheEvidence(fromOperations, instance, video, photo);
        await operations.ScreenshotAsync("evidence-case-file-operations");

        // The refused completions log their 409 answers; nothing else went wrong.
        Assert.DoesNotContain(page.Errors, e => !e.Contains("409", StringComparison.Ordinal));
        Assert.Empty(operations.Errors);
    }


    private static async Task UploadAsync(IPage page, string kind, string device, string capturedAt, string place, string name, string mimeType, byte[] content)
    {
        await page.SelectOptionAsync("select[name=evidenceKind]", kind);
        await page.FillAsync("input[name=device]", device);
        await page.FillAsync("input[name=capturedAt]", capturedAt);
        await page.FillAsync("input[name=place]", place);
        await page.SetInputFilesAsync("input[name=evidence]", new FilePayload { Name = name, MimeType = mimeType, Buffer = content });
    }

    private static async Task<CaseFileZip> DownloadCaseFileAsync(IPage page)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-action=download-case-file]"));
        Assert.EndsWith(".zip", download.SuggestedFilename, StringComparison.Ordinal);
        return await CaseFileZip.OpenAsync((await download.PathAsync())!);
    }

    private static void AssertHoldsTheEvidence(CaseFileZip caseFile, string instance, byte[] video, byte[] photo)
    {
        caseFile.AssertEveryEntryMatchesTheManifest();
        Assert.Equal(instance, caseFile.Manifest["processInstanceKey"]!.GetValue<string>());
        var evidence = caseFile.Files.Where(f => f["kind"]!.GetValue<string>() == "evidence").ToList();
        Assert.Contains(evidence, f => f["sha256"]!.GetValue<string>() == Sha256(video) && f["evidence"]!["kind"]!.GetValue<string>() == "video");
        Assert.Contains(evidence, f => f["sha256"]!.GetValue<string>() == Sha256(photo) && f["evidence"]!["kind"]!.GetValue<string>() == "photo");
        Assert.Contains(caseFile.Files, f => f["path"]!.GetValue<string>() == "history.json");
    }

    private static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
