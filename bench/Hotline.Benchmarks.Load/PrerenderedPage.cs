using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Hotline.Benchmarks.Load;

/// <summary>What blazor.web.js reads from a prerendered page to start its circuit: the server components' markers and the persisted state.</summary>
internal sealed partial record PrerenderedPage(IReadOnlyList<JsonObject> Markers, string ApplicationState)
{
    public static PrerenderedPage Parse(string html)
    {
        // Start markers carry the component's type; end markers only repeat its prerender id.
        var markers = Marker().Matches(html)
            .Select(m => JsonNode.Parse(WebUtility.HtmlDecode(m.Groups["json"].Value))!.AsObject())
            .Where(m => m["type"]?.GetValue<string>() == "server")
            .OrderBy(m => m["sequence"]!.GetValue<int>())
            .ToList();
        var state = State().Match(html);
        return new PrerenderedPage(markers, state.Success ? state.Groups["state"].Value : "");
    }

    /// <summary>The first UpdateRootComponents batch: every prerendered server component added, as blazor.web.js numbers them.</summary>
    public string AddOperations()
    {
        var operations = new JsonArray();
        for (var i = 0; i < Markers.Count; i++)
        {
            var marker = Markers[i].DeepClone().AsObject();
            marker["uniqueId"] = i;
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = marker });
        }
        return new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString();
    }

    [GeneratedRegex(@"<!--Blazor:(?<json>\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex Marker();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:(?<state>[a-zA-Z0-9+/=]+)-->")]
    private static partial Regex State();
}
