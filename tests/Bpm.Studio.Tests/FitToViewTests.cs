using Bpm.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Bpm.Studio.Tests;

/// <summary>Large diagrams open readable: the designer fits them beside the palette without shrinking tasks below the
/// minimum readable zoom (0.7), and the operations diagram scrolls to the element an instance waits at.</summary>
[Collection(StudioCollection.Name)]
public sealed class FitToViewTests(StudioFixture studio)
{
    private const double MinReadableZoom = 0.7;

    [ChromiumFact]
    public async Task A_large_process_opens_in_the_designer_at_a_readable_zoom_and_not_under_the_palette()
    {
        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("xufan");
        await page.OpenProcessAsync("administrative-penalty", "caseSource");

        // 案源登记 is 120 × 80 in the model.
        var task = await BoxAsync(page.Page, StudioPage.ElementSelector("register"));
        Assert.True(task.Width >= 120 * MinReadableZoom - 0.5, $"案源登记 is drawn {task.Width:0.#} px wide");
        var palette = await BoxAsync(page.Page, ".djs-palette");
        var start = await BoxAsync(page.Page, StudioPage.ElementSelector("caseSource"));
        Assert.True(start.X >= palette.X + palette.Width, $"the start event (x {start.X:0}) lies under the palette (right edge {palette.X + palette.Width:0})");
        var canvas = await BoxAsync(page.Page, "[data-testid=canvas]");
        Assert.True(start.Y >= canvas.Y && start.Y + start.Height <= canvas.Y + canvas.Height, "the start event is scrolled out of view");
        await page.ScreenshotAsync("designer-fit-to-view");
    }

    [ChromiumFact]
    public async Task The_operations_diagram_scrolls_a_far_active_element_into_view_at_a_readable_zoom()
    {
        using var admin = await StudioApi.SignInAsync(studio.Server.BaseAddress, "admin", "admin");
        await admin.DeployAsync($"{WideProcessModel.ProcessId}.bpmn", WideProcessModel.Xml());
        var instance = await admin.StartAsync(WideProcessModel.ProcessId, "宽幅流程-1", new { });
        await admin.OpenTaskAsync(instance, WideProcessModel.WaitingTaskId);

        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("admin", "admin");
        await page.Page.GotoAsync($"/operations/{instance}");
        var active = StudioPage.ElementSelector(WideProcessModel.WaitingTaskId) + ".op-active";
        await page.Page.WaitForSelectorAsync(active);

        var box = await BoxAsync(page.Page, active);
        var diagram = await BoxAsync(page.Page, "[data-testid=instance-diagram]");
        Assert.True(box.Width >= 100 * MinReadableZoom - 0.5, $"the active task is drawn {box.Width:0.#} × {box.Height:0.#} px");
        Assert.True(box.X >= diagram.X && box.X + box.Width <= diagram.X + diagram.Width
            && box.Y >= diagram.Y && box.Y + box.Height <= diagram.Y + diagram.Height,
            $"the active task ({box.X:0},{box.Y:0}) is outside the diagram ({diagram.X:0},{diagram.Y:0} {diagram.Width:0}×{diagram.Height:0})");
        await page.ScreenshotAsync("operations-fit-active");
        Assert.Empty(page.Errors);
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(IPage page, string selector) =>
        await page.Locator(selector).First.BoundingBoxAsync() ?? throw new InvalidOperationException($"{selector} is not drawn");
}
