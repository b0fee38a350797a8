using Microsoft.Playwright;

namespace Bpm.Benchmarks;

/// <summary>The designer's ready condition, watched inside the page from before its first script runs: the palette shows
/// one of our activities (<see cref="PaletteActivity"/>) and the diagram's title is filled (<see cref="FilledTitle"/>, set
/// once the diagram is imported), both visible as Playwright's own selectors require. A MutationObserver notes the moment
/// the condition first holds and the start of the next frame (the one that paints it). The benchmark used to take the
/// end point when its own waits noticed the condition, which they check by polling from outside the page (each check a
/// round trip, at growing intervals up to 500 ms) and then one more round trip to read the clock; those points are still
/// printed as "ready (seen by the benchmark)".</summary>
public static class StudioReadyProbe
{
    public const string PaletteActivity = ".djs-palette .entry[data-action^='bpm-template.']";
    public const string FilledTitle = "[data-testid=diagram-title]:not(:empty)";

    /// <summary>Added as an init script: sets <c>window.__bpmReady = { holds, painted }</c> (ms since navigation).</summary>
    public static string InitScript => $$"""
        (() => {
          const visible = (e) => {
            if (!e) return false;
            const box = e.getBoundingClientRect();
            return box.width > 0 && box.height > 0 && getComputedStyle(e).visibility !== 'hidden';
          };
          const holds = () => visible(document.querySelector("{{PaletteActivity}}")) && visible(document.querySelector("{{FilledTitle}}"));
          const observer = new MutationObserver(() => {
            if (!holds()) return;
            observer.disconnect();
            const ready = { holds: performance.now(), painted: null };
            window.__bpmReady = ready;
            requestAnimationFrame(() => { ready.painted = performance.now(); });
          });
          observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        })();
        """;

    /// <summary>Waits as the benchmark always did (both selectors visible), then until the page has painted the frame.</summary>
    public static async Task WaitAsync(IPage page, float timeoutMs)
    {
        await page.WaitForSelectorAsync(PaletteActivity, new PageWaitForSelectorOptions { Timeout = timeoutMs });
        await page.WaitForSelectorAsync(FilledTitle, new PageWaitForSelectorOptions { Timeout = timeoutMs });
        await page.WaitForFunctionAsync("() => window.__bpmReady?.painted != null", null, new PageWaitForFunctionOptions { Timeout = timeoutMs });
    }

    /// <summary>When the condition first held and when the frame showing it started (ms since navigation).</summary>
    public static async Task<(double Holds, double Painted)> ReadAsync(IPage page)
    {
        var ready = await page.EvaluateAsync<double[]>("() => [window.__bpmReady.holds, window.__bpmReady.painted]");
        return (ready[0], ready[1]);
    }
}
