using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace Hotline.IntegrationTests.Authorization;

/// <summary>The menu comes from the capabilities' registrations: each entry leads to a page the app routes, once.</summary>
public sealed class MenuEntryTests
{
    private static readonly IReadOnlyList<Type> Pages =
        [.. new[] { typeof(Program).Assembly }.Concat(Hotline.Web.HotlineModules.PageAssemblies).Distinct()
            .SelectMany(a => a.GetTypes()).Where(t => t.GetCustomAttributes<RouteAttribute>().Any())];

    [Fact]
    public void Every_menu_entry_leads_to_a_routed_page_and_none_is_listed_twice()
    {
        var entries = MenuEntries.Registered();
        Assert.True(entries.Count > 50, $"only {entries.Count} menu entries registered");
        Assert.Equal(entries.Count, entries.Select(e => e.Href).Distinct().Count());
        var routes = Pages.SelectMany(t => t.GetCustomAttributes<RouteAttribute>()).Select(r => r.Template).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.All(entries, e => Assert.Contains(e.Href.Split('?')[0], routes));
    }

    [Fact]
    public void A_menu_entry_is_shown_only_to_roles_its_page_admits()
    {
        foreach (var entry in MenuEntries.Registered())
        {
            var page = Pages.Single(t => t.GetCustomAttributes<RouteAttribute>().Any(r => string.Equals(r.Template, entry.Href.Split('?')[0], StringComparison.OrdinalIgnoreCase)));
            var roles = page.GetCustomAttributes<AuthorizeAttribute>(true).Select(a => a.Roles).OfType<string>().ToList();
            if (roles.Count == 0)
                continue; // a policy or any signed-in user: the page's own checks decide.
            var admitted = roles.SelectMany(r => r.Split(',', StringSplitOptions.TrimEntries)).ToHashSet();
            Assert.True(entry.Roles.All(admitted.Contains), $"{entry.Href} is in the menu of {string.Join(",", entry.Roles)} but its page admits {string.Join(",", admitted)}");
        }
    }
}
