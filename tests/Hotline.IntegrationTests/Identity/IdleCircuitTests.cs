using System.Security.Claims;
using Hotline.Platform.Identity;
using Hotline.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.JSInterop;

namespace Hotline.IntegrationTests.Identity;

/// <summary>
/// Issue #13.19: an open circuit ends on the server after 30 minutes without activity from its browser, on the
/// application's clock, whether or not the page's own idle script runs.
/// </summary>
public sealed class IdleCircuitTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero));
    private readonly ServerAuthenticationStateProvider _authentication = new();
    private readonly RecordingJs _js = new();
    private int _handled;

    public IdleCircuitTests()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "zjj")], "test"));
        _authentication.SetAuthenticationState(Task.FromResult(new AuthenticationState(user)));
    }

    private async Task<IdleCircuitHandler> OpenAsync()
    {
        var handler = new IdleCircuitHandler(_clock, _authentication, _js, NullLogger<IdleCircuitHandler>.Instance);
        await handler.OnCircuitOpenedAsync(null!, CancellationToken.None);
        return handler;
    }

    // The context is only passed on; the handler never reads it.
    private Task ActAsync(IdleCircuitHandler handler) =>
        handler.CreateInboundActivityHandler(_ => { _handled++; return Task.CompletedTask; })(null!);

    private async Task<bool> SignedInAsync() =>
        (await _authentication.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated == true;

    [Fact]
    public async Task Activity_keeps_the_circuit_and_thirty_idle_minutes_end_it()
    {
        using var handler = await OpenAsync();
        _clock.Advance(TimeSpan.FromMinutes(29));
        await ActAsync(handler);
        _clock.Advance(TimeSpan.FromMinutes(29)); // 58 minutes open, 29 idle
        await ActAsync(handler);
        Assert.Equal(2, _handled);
        Assert.True(await SignedInAsync());
        Assert.Empty(_js.Calls);

        // Nothing from the browser: the timer on the application's clock ends the session.
        _clock.Advance(SessionPolicy.IdleTimeout + IdleCircuitHandler.CheckEvery);
        Assert.True(handler.Expired);
        Assert.False(await SignedInAsync());
        Assert.Equal([("hotlineLogout", "idle")], _js.Calls);

        // Whatever the browser sends afterwards is not acted on.
        await ActAsync(handler);
        Assert.Equal(2, _handled);
    }

    [Fact]
    public async Task An_event_after_thirty_idle_minutes_is_not_acted_on()
    {
        using var handler = await OpenAsync();
        _clock.Advance(SessionPolicy.IdleTimeout - TimeSpan.FromSeconds(1));
        await ActAsync(handler);
        Assert.Equal(1, _handled);
        _clock.Advance(SessionPolicy.IdleTimeout);
        await ActAsync(handler);
        Assert.Equal(1, _handled);
        Assert.False(await SignedInAsync());
    }

    private sealed class RecordingJs : IJSRuntime
    {
        public List<(string, string)> Calls { get; } = [];

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args)
        {
            Calls.Add((identifier, args is { Length: > 0 } ? args[0]?.ToString() ?? "" : ""));
            return ValueTask.FromResult(default(TValue)!);
        }

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            InvokeAsync<TValue>(identifier, args);
    }
}
