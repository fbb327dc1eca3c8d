using Microsoft.JSInterop;

namespace Hotline.Web.Infrastructure.Security;

/// <summary>
/// 等保 idle sign-out enforced by the server for open circuits, not only by the page's script: every inbound activity
/// of the circuit (events, navigation, interop from the browser) counts as use; after <see cref="SessionPolicy.IdleTimeout"/>
/// without any, the circuit's user becomes anonymous (pages show the login redirect), further events are refused,
/// and the browser is asked to post the sign-out form so the cookie ends and the audit log records it.
/// </summary>
internal sealed class IdleCircuitHandler(TimeProvider clock, AuthenticationStateProvider authentication, IJSRuntime js,
    ILogger<IdleCircuitHandler> logger) : CircuitHandler, IDisposable
{
    /// <summary>How often an untouched circuit checks its idle time; the sign-out comes at most this late.</summary>
    public static readonly TimeSpan CheckEvery = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private DateTimeOffset _lastActivity;
    private ITimer? _timer;
    private int _expired;

    public bool Expired => Volatile.Read(ref _expired) == 1;

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        lock (_gate)
            _lastActivity = clock.GetUtcNow();
        _timer ??= clock.CreateTimer(_ => _ = CheckAsync(), null, CheckEvery, CheckEvery);
        return Task.CompletedTask;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            if (IsIdle())
                await ExpireAsync();
            if (Expired)
                return; // the session has ended: nothing the browser sends is acted on any more
            lock (_gate)
                _lastActivity = clock.GetUtcNow();
            await next(context);
        };

    /// <summary>Checks now (the timer does this every minute).</summary>
    public async Task CheckAsync()
    {
        if (IsIdle())
            await ExpireAsync();
    }

    private bool IsIdle()
    {
        lock (_gate)
            return _lastActivity != default && clock.GetUtcNow() - _lastActivity >= SessionPolicy.IdleTimeout;
    }

    private async Task ExpireAsync()
    {
        if (Interlocked.Exchange(ref _expired, 1) == 1)
            return;
        _timer?.Dispose();
        try
        {
            // First, while the shell still renders the sign-out form the script posts.
            await js.InvokeVoidAsync("hotlineLogout", "idle");
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            // The browser is gone or refuses: the circuit is anonymous and deaf anyway, and the cookie expires on its own.
            logger.LogInformation("Idle circuit ended without the browser's sign-out: {Reason}", e.GetType().Name);
        }
        if (authentication is IHostEnvironmentAuthenticationStateProvider host)
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(new System.Security.Claims.ClaimsPrincipal())));
    }

    public void Dispose() => _timer?.Dispose();
}
