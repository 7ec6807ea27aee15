namespace WorkoutGenerator.BrowserTimings;

/// <summary>
/// The script Chromium runs before each page's own content: it watches the document as it is parsed, and when the
/// page's first chart (the first SVG in <c>main</c>, or the plan's calendar) is in the document, waits two animation
/// frames: the second frame's callback runs after the frame holding the chart was painted (rendering waits for the
/// stylesheet, so no frame before it can run). Times are milliseconds since the navigation started
/// (<c>performance.now()</c>, W3C High Resolution Time), beside the Navigation and Paint Timing entries.
/// </summary>
internal static class PaintProbe
{
    public const string ChartSelector = "main svg, #plan-calendar";

    public const string InitScript =
        """
        window.__firstChart = new Promise(resolve => {
          const found = () => {
            if (!document.querySelector("main svg, #plan-calendar")) { return false; }
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
            return true;
          };
          if (!found()) {
            const watcher = new MutationObserver(() => { if (found()) { watcher.disconnect(); } });
            watcher.observe(document, { childList: true, subtree: true });
          }
        });
        """;

    /// <summary>Read once the page has loaded: the figures, or null for the chart where the page has none.</summary>
    public const string Read =
        """
        async () => {
          const nav = performance.getEntriesByType("navigation")[0];
          // The paint entry is queued after the frame: wait for it rather than read it too early.
          const paint = await new Promise(resolve => new PerformanceObserver((list, observer) => {
            const entry = list.getEntriesByName("first-contentful-paint")[0];
            if (entry) { observer.disconnect(); resolve(entry); }
          }).observe({ type: "paint", buffered: true }));
          const chart = document.querySelector("main svg, #plan-calendar");
          return {
            response: nav.responseEnd,
            contentLoaded: nav.domContentLoadedEventEnd,
            firstPaint: paint.startTime,
            chart: chart ? await window.__firstChart : -1,
            chartId: chart ? chart.id : ""
          };
        }
        """;
}
