using System.Text.Json.Nodes;
using Bpm.Activities.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Activities.Documents;

/// <summary>The document activities over a temporary content store, deleted after each test.</summary>
public abstract class DocumentActivityTestBase : IDisposable
{
    protected string Store { get; } = DocumentTestServices.TemporaryDirectory();

    protected ServiceProvider Services { get; }

    protected DocumentActivityTestBase() => Services = ActivityTestHost.Build(s => DocumentTestServices.Add(s, Store));

    /// <summary>Generates a <paramref name="type"/> document from <paramref name="data"/> and returns its text, lines joined.</summary>
    protected async Task<string> RenderAsync(string type, JsonObject data)
    {
        var result = await Services.InvokeAsync(DocumentActivities.GenerateType, new JsonObject { ["documentType"] = type, ["data"] = data });
        var (_, text) = PdfText.Extract(await File.ReadAllBytesAsync(Path.Combine(Store, result.Documents[0].Sha256)));
        return text.Replace("\n", "");
    }

    public void Dispose()
    {
        Services.Dispose();
        if (Directory.Exists(Store)) Directory.Delete(Store, recursive: true);
        GC.SuppressFinalize(this);
    }
}
