using Hotline.Integration.Open311;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;

namespace Hotline.Integration.Gateway;

/// <summary>
/// What the API prefixes (<c>/api</c>, <c>/open311</c>) answer when none of their endpoints takes a request: 404 for a
/// path nothing maps, 405 with <c>Allow</c> for a method the path's endpoints do not take, each in the family's format
/// (problem+json, Open311's error list). Without these the empty 404/405 would be re-executed by the host's status-code
/// pages into the HTML not-found page, which a connected system cannot read. Browser pages keep that page.
/// </summary>
internal static class ApiFallback
{
    public const string RestPrefix = "api";
    public const string Open311Prefix = "open311";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        Map(endpoints, RestPrefix, ApiStyle.Rest, "可用接口见 /api/docs。");
        Map(endpoints, Open311Prefix, ApiStyle.Open311, $"可用接口见 {Open311Endpoints.Root}/discovery.json。");
    }

    // A fallback route runs only when no other endpoint matches, whatever the method: routing's own 405 never happens
    // under these prefixes, so the fallback tells 404 from 405 itself (ApiRoutes).
    private static void Map(IEndpointRouteBuilder endpoints, string prefix, ApiStyle style, string hint) =>
        endpoints.MapFallback($"/{prefix}/{{**rest}}", http => AnswerAsync(http, prefix, style, hint))
            .WithDisplayName($"API fallback /{prefix}")
            .AllowAnonymous()
            .DisableAntiforgery()
            .ExcludeFromDescription();

    private static Task AnswerAsync(HttpContext http, string prefix, ApiStyle style, string hint)
    {
        var problems = ApiProblems.For(style, http);
        var allowed = http.RequestServices.GetRequiredService<ApiRoutes>().MethodsFor(http, prefix);
        // The path as sent (percent-encoded): safe in JSON and XML whatever it holds.
        var request = $"{http.Request.Method} {http.Request.PathBase.Add(http.Request.Path).ToUriComponent()}";
        if (allowed.Count == 0)
            return problems.Error(StatusCodes.Status404NotFound, $"接口不存在：{request}。{hint}").ExecuteAsync(http);
        http.Response.Headers.Allow = string.Join(", ", allowed);
        return problems.Error(StatusCodes.Status405MethodNotAllowed, $"该接口不支持此请求方法：{request}；可用的方法：{string.Join("、", allowed)}。")
            .ExecuteAsync(http);
    }
}

/// <summary>The methods the API's endpoints take on a path, for a 405's <c>Allow</c>: their route templates matched as routing would.</summary>
internal sealed class ApiRoutes(EndpointDataSource endpoints, ParameterPolicyFactory policies)
{
    private IReadOnlyList<Route>? _routes;

    public IReadOnlyList<string> MethodsFor(HttpContext http, string prefix)
    {
        var methods = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var route in _routes ??= Build())
        {
            if (!string.Equals(route.Prefix, prefix, StringComparison.OrdinalIgnoreCase) || methods.IsSupersetOf(route.Methods))
                continue;
            var values = new RouteValueDictionary();
            if (route.Matcher.TryMatch(http.Request.Path, values)
                && route.Constraints.All(c => c.Constraint.Match(http, null, c.Name, values, RouteDirection.IncomingRequest)))
                methods.UnionWith(route.Methods);
        }
        return [.. methods];
    }

    /// <summary>The endpoints under a prefix that name their methods (the fallbacks name none).</summary>
    private List<Route> Build() =>
        endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is { HttpMethods.Count: > 0 })
            .Select(e => (Endpoint: e, Prefix: PrefixOf(e.RoutePattern)))
            .Where(x => x.Prefix is ApiFallback.RestPrefix or ApiFallback.Open311Prefix)
            .Select(x => new Route(x.Prefix!, new TemplateMatcher(new RouteTemplate(x.Endpoint.RoutePattern), new RouteValueDictionary(x.Endpoint.RoutePattern.Defaults)),
                ConstraintsOf(x.Endpoint.RoutePattern), x.Endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods))
            .ToList();

    private static string? PrefixOf(RoutePattern pattern) =>
        pattern.PathSegments is [{ Parts: [RoutePatternLiteralPart literal] }, ..] ? literal.Content.ToLowerInvariant() : null;

    private List<(string Name, IRouteConstraint Constraint)> ConstraintsOf(RoutePattern pattern) =>
        [.. from entry in pattern.ParameterPolicies
            from reference in entry.Value
            let constraint = policies.Create(pattern.GetParameter(entry.Key), reference) as IRouteConstraint
            where constraint is not null
            select (entry.Key, constraint)];

    private sealed record Route(string Prefix, TemplateMatcher Matcher, IReadOnlyList<(string Name, IRouteConstraint Constraint)> Constraints,
        IReadOnlyList<string> Methods);
}
