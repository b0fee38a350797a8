using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.UserTasks;

/// <summary>Attachments come back as downloads whose content type the server decides from the bytes and the extension:
/// what the uploader claimed never matters, and anything a browser could run is plain bytes.</summary>
public abstract class AttachmentDownloadTests(BpmServerFactory factory) : UserTaskTestBase(factory)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0];
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n");
    private static readonly byte[] Html = Encoding.UTF8.GetBytes("<html><script>alert(document.cookie)</script></html>");
    private static readonly byte[] Svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");

    public static TheoryData<string, string, string, string> Files => new()
    {
        // name, bytes, type the uploader claimed, type served
        { "现场照片.png", nameof(Png), "text/html", "image/png" },
        { "现场照片.JPG", nameof(Jpeg), "image/jpeg", "image/jpeg" },
        { "询问笔录.pdf", nameof(Pdf), "text/html", "application/pdf" },
        { "询问笔录.html", nameof(Html), "text/html", "application/octet-stream" },
        { "图.svg", nameof(Svg), "image/svg+xml", "application/octet-stream" },
        { "脚本.js", nameof(Html), "application/javascript", "application/octet-stream" },
        { "数据.xml", nameof(Svg), "text/xml", "application/octet-stream" },
        { "伪装.pdf", nameof(Html), "application/pdf", "application/octet-stream" },
        { "伪装.html", nameof(Pdf), "application/pdf", "application/octet-stream" },
        { "未知", nameof(Png), "image/png", "application/octet-stream" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task An_attachment_is_a_download_with_the_servers_own_content_type(string name, string bytesName, string claimed, string served)
    {
        var bytes = bytesName switch { nameof(Png) => Png, nameof(Jpeg) => Jpeg, nameof(Pdf) => Pdf, nameof(Svg) => Svg, _ => Html };
        var taskKey = await StartTaskAsync(await DeployReviewAsync());
        var officer = await As("officer1");
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(claimed);
        form.Add(content, "file", name);
        var uploaded = await (await officer.PostAsync($"/api/user-tasks/{taskKey}/attachments", form)).ReadJsonObjectAsync(HttpStatusCode.Created);

        var download = await officer.GetAsync($"/api/user-tasks/{taskKey}/attachments/{uploaded["attachmentKey"].Key()}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(served, download.Content.Headers.ContentType?.MediaType);
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(name, disposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
    }
}
