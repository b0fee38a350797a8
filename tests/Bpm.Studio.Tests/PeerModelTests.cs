using System.Xml.Linq;
using Bpm.Studio.Tests.Infrastructure;

namespace Bpm.Studio.Tests;

/// <summary>BPMN files from other tools (../shared/peer-models) open in the designer and export again without losing
/// model elements.</summary>
[Collection(StudioCollection.Name)]
public sealed class PeerModelTests(StudioFixture studio)
{
    private static readonly XNamespace Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private static readonly string[] Files =
    [
        "miwg/Reference/A.1.0.bpmn", "miwg/Reference/A.2.0.bpmn", "miwg/Reference/A.3.0.bpmn", "miwg/Reference/A.4.0.bpmn",
        "miwg/Reference/B.2.0.bpmn", "miwg/Reference/C.1.0.bpmn", "miwg/Reference/C.3.0.bpmn", "bpmn-elements/mother-of-all.bpmn",
    ];

    public static TheoryData<string> PeerFiles() => new(Files);

    [PeerModelTheory]
    [MemberData(nameof(PeerFiles))]
    public async Task A_peer_model_imports_and_exports_without_losing_elements(string file)
    {
        var original = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.PeerModels, file));

        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("xufan");
        await page.OpenProcessAsync("simple-penalty", "decide_on_spot");
        await DesignerTests.ImportAsync(page, Path.GetFileName(file), original);
        await page.Page.WaitForFunctionAsync("() => !document.querySelector('.status')?.textContent?.includes('正在加载')");
        await page.Page.WaitForSelectorAsync(".djs-element:not(.djs-root)");
        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.Page.ClickAsync("[data-action=export]"));
        var exported = await File.ReadAllTextAsync((await download.PathAsync())!);

        var missing = ModelElementIds(original).Except(ModelElementIds(exported)).ToList();
        Assert.True(missing.Count == 0, $"{file}: lost {string.Join(", ", missing)}");
        Assert.DoesNotContain("无法打开", await page.StatusAsync());
        if (file.EndsWith("A.4.0.bpmn", StringComparison.Ordinal)) await page.ScreenshotAsync("designer-peer-model");
    }

    private static IReadOnlyList<string> ModelElementIds(string xml) =>
        XDocument.Parse(xml).Descendants()
            .Where(e => e.Name.Namespace == Model && e.Attribute("id") is not null)
            .Select(e => e.Attribute("id")!.Value)
            .ToList();
}
