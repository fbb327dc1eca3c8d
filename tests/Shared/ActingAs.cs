using Hotline.Platform.Identity;
using Hotline.UserAccess.Persistence;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Testing;

/// <summary>Runs service code in a scope signed in as a given account, as a Blazor circuit would be.</summary>
public static class ActingAs
{
    public static async Task<T> AsUserAsync<T>(this HotlineAppFactory app, string userName, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user {userName}.");
        var principal = await sp.GetRequiredService<SignInManager<ApplicationUser>>().CreateUserPrincipalAsync(user);
        var provider = sp.GetRequiredService<AuthenticationStateProvider>();
        ((IHostEnvironmentAuthenticationStateProvider)provider).SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return await work(sp);
    }

    public static Task AsUserAsync(this HotlineAppFactory app, string userName, Func<IServiceProvider, Task> work) =>
        app.AsUserAsync(userName, async sp => { await work(sp); return true; });
}
