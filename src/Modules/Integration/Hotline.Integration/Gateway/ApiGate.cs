using System.Diagnostics;
using Hotline.Platform.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Hotline.Integration.Gateway;

/// <summary>How an API family words its refusals: problem+json (REST, CTI) or Open311's error list.</summary>
internal enum ApiStyle
{
    Rest,
    Open311,
}

/// <summary>The scope an endpoint needs.</summary>
internal sealed record ApiScopeRequirement(ApiScopes Scope);

/// <summary>An endpoint a caller may use without a key (Open311's service list); a key given is still checked.</summary>
internal sealed record ApiKeyOptional;

/// <summary>
/// In front of every API endpoint: the key, the scope, the client's rate limit, the body size, and the audit of the call
/// (client, route, status) whatever the outcome. Refusals never carry data.
/// </summary>
internal sealed class ApiGate(ApiStyle style) : IEndpointFilter
{
    /// <summary>Bodies above this are refused with 413 before they are read.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>Calls per minute from one address without a key, on the endpoints that allow that.</summary>
    public const int AnonymousPerMinute = 120;

    private static readonly object CallerKey = new();

    public static ApiCaller? CallerOf(HttpContext context) => context.Items[CallerKey] as ApiCaller;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var http = invocation.HttpContext;
        var services = http.RequestServices;
        var started = Stopwatch.GetTimestamp();
        Guid? clientId = null;
        // Resolved now: by the time the response has completed, the request's service scope may be gone.
        var clock = services.GetRequiredService<TimeProvider>();
        var journal = services.GetRequiredService<ApiCallJournal>();
        var limiter = services.GetRequiredService<ApiRateLimiter>();
        http.Response.OnCompleted(() =>
        {
            journal.Record(ApiCall.Of(clientId, clock.GetUtcNow().UtcDateTime, http.Request.Method,
                http.Request.Path.Value ?? "", http.Response.StatusCode, (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                http.Connection.RemoteIpAddress?.ToString()));
            return Task.CompletedTask;
        });
        var problems = ApiProblems.For(style, http);
        if (http.Request.ContentLength > MaxBodyBytes)
            return problems.Error(StatusCodes.Status413PayloadTooLarge, $"请求体过大（上限 {MaxBodyBytes / 1024} KB）。");
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = MaxBodyBytes;
        try
        {
            var endpoint = http.GetEndpoint();
            var (client, failure) = await services.GetRequiredService<ApiKeyCheck>().CheckAsync(http.Request, style == ApiStyle.Open311, http.RequestAborted);
            if (client is null)
            {
                if (failure == KeyFailure.Missing && endpoint?.Metadata.GetMetadata<ApiKeyOptional>() is not null)
                {
                    // Keyless readers (a public Open311 board) share a modest limit per address.
                    if (!await limiter.TryHitAsync($"anonymous:{ClientAddress.Key(http.Connection.RemoteIpAddress?.ToString())}", AnonymousPerMinute))
                    {
                        http.Response.Headers.RetryAfter = "60";
                        return problems.Error(StatusCodes.Status429TooManyRequests, "调用过于频繁，请稍后再试或申请接入密钥。");
                    }
                    return await next(invocation);
                }
                return problems.Unauthenticated(failure switch
                {
                    KeyFailure.Missing => "缺少接入密钥（X-Api-Key）。",
                    KeyFailure.Revoked => "接入密钥已吊销。",
                    _ => "接入密钥无效。",
                });
            }
            clientId = client.Id;
            if (endpoint?.Metadata.GetMetadata<ApiScopeRequirement>() is { } required && !client.Allows(required.Scope))
                return problems.Error(StatusCodes.Status403Forbidden, $"该接入系统没有“{required.Scope.DisplayName()}”权限。");
            if (!await limiter.TryHitAsync(client.Id.ToString(), client.RatePerMinute))
            {
                http.Response.Headers.RetryAfter = "60";
                return problems.Error(StatusCodes.Status429TooManyRequests, $"调用过于频繁（每分钟上限 {client.RatePerMinute} 次），请稍后再试。");
            }
            http.Items[CallerKey] = await ApiCaller.ForAsync(client, services.GetRequiredService<IUnitDirectory>(), http.RequestAborted);
            return await next(invocation);
        }
        catch (BusinessRuleException ex)
        {
            return problems.Invalid(ex);
        }
        catch (ApiRefusal ex)
        {
            return problems.Error(ex.Status, ex.Message);
        }
        catch (BadHttpRequestException ex)
        {
            return problems.Error(ex.StatusCode, ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? $"请求体过大（上限 {MaxBodyBytes / 1024} KB）。" : "请求格式不正确。");
        }
        catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested)
        {
            services.GetRequiredService<ILogger<ApiGate>>().LogError(ex, "API call {Method} {Path} failed", http.Request.Method, http.Request.Path);
            return problems.Error(StatusCodes.Status500InternalServerError, "服务器内部错误，请稍后重试。");
        }
    }
}

/// <summary>A refusal with its HTTP status, thrown by an endpoint and worded by the gate in the API family's format.</summary>
internal sealed class ApiRefusal(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static ApiRefusal NotFound(string message) => new(StatusCodes.Status404NotFound, message);
    public static ApiRefusal Forbidden(string message) => new(StatusCodes.Status403Forbidden, message);
    public static ApiRefusal BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);
}

internal static class ApiGateExtensions
{
    public static RouteGroupBuilder WithApiGate(this RouteGroupBuilder group, ApiStyle style)
    {
        group.AddEndpointFilter(new ApiGate(style));
        // The key is the credential, not the sign-in cookie; form posts from other systems carry no antiforgery token.
        group.AllowAnonymous().DisableAntiforgery();
        return group;
    }

    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, ApiScopes scope) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ApiScopeRequirement(scope));

    public static TBuilder KeyOptional<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ApiKeyOptional());

    /// <summary>The client of this call; only inside an endpoint behind the gate that requires a key.</summary>
    public static ApiCaller Caller(this HttpContext context) =>
        ApiGate.CallerOf(context) ?? throw new InvalidOperationException("The endpoint is not behind the API gate.");
}
