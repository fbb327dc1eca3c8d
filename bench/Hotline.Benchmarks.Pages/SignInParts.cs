using Microsoft.Playwright;

namespace Hotline.Benchmarks.Pages;

/// <summary>
/// Where a sign-in's time goes, from the browser's Navigation and Resource Timing of the home page it lands on (ms
/// since the form was sent): the form's answer (password check and redirect), the home page's prerendered HTML, the
/// scripts and styles until DOMContentLoaded, then Blazor's circuit (negotiate to the first message).
/// </summary>
internal sealed record SignInParts(double Redirected, double HomeHtml, double Parsed, double CircuitAsked, double Loaded)
{
    private const string Script = """
        () => {
          const n = performance.getEntriesByType('navigation')[0];
          const negotiate = performance.getEntriesByType('resource').find(r => r.name.includes('/_blazor/negotiate'));
          return [n.redirectEnd, n.responseEnd, n.domContentLoadedEventEnd, negotiate ? negotiate.startTime : -1, n.loadEventEnd];
        }
        """;

    public static async Task<SignInParts> ReadAsync(IPage page)
    {
        var t = await page.EvaluateAsync<double[]>(Script);
        return new SignInParts(t[0], t[1], t[2], t[3], t[4]);
    }

    public static string Medians(IReadOnlyList<SignInParts> parts)
    {
        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
        }
        return $"其中（中位数，ms）：登录应答 {Median(parts.Select(p => p.Redirected)):N0}，首页 HTML {Median(parts.Select(p => p.HomeHtml)):N0}，" +
               $"脚本解析完 {Median(parts.Select(p => p.Parsed)):N0}，开始连线 {Median(parts.Select(p => p.CircuitAsked)):N0}，load {Median(parts.Select(p => p.Loaded)):N0}";
    }
}
