using System.Net;
using Hotline.IntegrationTests.Identity;
using Hotline.Testing;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Security;

/// <summary>
/// Tries every door: every routable page, for every demo role and unit account (and anonymous), against cases of
/// every kind, over real HTTP with real sign-in cookies. Compares what is allowed and refused with
/// <see cref="AccessTable"/>, and checks that a refusal carries no case content and that a shielded unit never reads
/// the caller's identity. The routes come from the app's endpoints, so a new page without a row fails.
/// </summary>
public abstract class AccessSweepTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    /// <summary>Every page route the app maps (Razor components with @page).</summary>
    private IReadOnlyList<string> PageRoutes()
    {
        using var _ = app.CreateClient(); // builds the endpoints
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Distinct(StringComparer.OrdinalIgnoreCase).Order().ToList();
    }

    [Fact]
    public void Every_page_has_a_row_in_the_access_table()
    {
        var missing = PageRoutes().Where(r => !IsAdmin(r) && !AccessTable.Pages.ContainsKey(r)
            && !AccessTable.CasePages.ContainsKey(r) && !AccessTable.TokenPages.Contains(r)).ToList();
        Assert.True(missing.Count == 0, "Pages without a row in AccessTable: " + string.Join(", ", missing));
        Assert.True(PageRoutes().Count >= 40, string.Join(", ", PageRoutes()));
    }

    [Fact]
    public async Task Pages_without_a_case_open_exactly_for_the_roles_in_the_table()
    {
        var world = await SweepWorld.ForAsync(app);
        var routes = PageRoutes().Where(r => !r.Contains('{')).ToList();
        var wrong = new List<string>();
        foreach (var viewer in world.Viewers.Cast<SweepViewer?>().Append(null))
        {
            using var browser = await SignedInAsync(viewer);
            foreach (var route in routes)
            {
                var roles = IsAdmin(route) ? AccessTable.Admin : AccessTable.Pages[route];
                var response = await browser.GetAsync(route);
                var status = (int)response.StatusCode;
                if (status >= 500)
                {
                    wrong.Add($"{Who(viewer)} {route}: {status}");
                    continue;
                }
                if (roles == AccessTable.Public)
                    continue;
                var allowed = AccessTable.MayOpen(roles, viewer);
                var refusedTo = viewer is null ? "/Account/Login" : "/Account/AccessDenied";
                var refused = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == refusedTo;
                if (allowed ? response.StatusCode != HttpStatusCode.OK : !refused)
                    wrong.Add($"{Who(viewer)} {route}: expected {(allowed ? "200" : "refusal")}, got {status} {response.Headers.Location}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Case_pages_show_a_case_only_to_whom_the_table_allows_and_never_a_shielded_callers_identity()
    {
        var world = await SweepWorld.ForAsync(app);
        var parents = world.Parents;
        var routes = PageRoutes().Where(AccessTable.CasePages.ContainsKey).ToList();
        Assert.Equal(AccessTable.CasePages.Count, routes.Count);
        var wrong = new List<string>();
        foreach (var viewer in world.Viewers.Cast<SweepViewer?>().Append(null))
        {
            using var browser = await SignedInAsync(viewer);
            foreach (var route in routes)
            foreach (var c in world.Cases)
            foreach (var (url, assignmentUnit) in Addresses(route, c))
            {
                var response = await browser.GetAsync(url);
                var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
                var where = $"{Who(viewer)} {url} ({c.Kind})";
                if ((int)response.StatusCode >= 500)
                {
                    wrong.Add($"{where}: {(int)response.StatusCode}");
                    continue;
                }
                var allowed = viewer is not null && AccessTable.CasePages[route](viewer, c, assignmentUnit, parents);
                var shown = response.StatusCode == HttpStatusCode.OK && html.Contains(c.Number, StringComparison.Ordinal);
                if (allowed && !shown)
                    wrong.Add($"{where}: expected the case, got {(int)response.StatusCode} {response.Headers.Location} without it");
                if (!allowed)
                {
                    var leaked = c.Content.Where(t => html.Contains(t, StringComparison.Ordinal)).ToList();
                    if (leaked.Count > 0)
                        wrong.Add($"{where}: refused, yet the response contains {string.Join("、", leaked)}");
                    continue;
                }
                var fullPhones = c.FullPhones.Where(p => html.Contains(p, StringComparison.Ordinal)).ToList();
                if (fullPhones.Count > 0)
                    wrong.Add($"{where}: a full caller number without an audited reveal: {string.Join("、", fullPhones)}");
                if (AccessTable.HidesCallerFrom(c, viewer!, parents))
                {
                    var identity = c.Identity.Where(t => html.Contains(t, StringComparison.Ordinal)).ToList();
                    if (identity.Count > 0)
                        wrong.Add($"{where}: the caller is shielded from this unit, yet the page shows {string.Join("、", identity)}");
                }
            }
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} wrong:\n" + string.Join("\n", wrong));
    }

    private static IEnumerable<(string Url, Guid? AssignmentUnit)> Addresses(string route, SweepCase c)
    {
        if (route.Contains("{CaseId", StringComparison.Ordinal))
            return [(route[..route.IndexOf('{')] + c.CaseId, null)];
        return c.Assignments.Select(a => (route[..route.IndexOf('{')] + a.AssignmentId, (Guid?)a.UnitId));
    }

    private async Task<BrowserSession> SignedInAsync(SweepViewer? viewer)
    {
        var browser = new BrowserSession(app);
        if (viewer is not null)
            await browser.SignInOrFailAsync(viewer.UserName, SweepWorld.Password);
        return browser;
    }

    private static bool IsAdmin(string route) => route.StartsWith("/admin/", StringComparison.OrdinalIgnoreCase);

    private static string Who(SweepViewer? viewer) => viewer?.UserName ?? "anonymous";
}

public sealed class SqliteAccessSweepTests(SqliteApp app) : AccessSweepTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbAccessSweepTests(MariaDbApp app) : AccessSweepTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
