using Hotline.Intake.Contracts;

namespace Hotline.Web.Infrastructure.Logging;

/// <summary>Opens the user-and-case logging scope around each HTTP request (pages' prerendering, downloads, the API).</summary>
internal static class RequestLogScope
{
    public static IApplicationBuilder UseRequestLogScope(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Hotline.Request");
        var scope = LogScopes.For(context.User.Identity?.Name, context.Request.Path.Value);
        await LogScopes.AddCaseNumberAsync(scope, context.RequestServices.GetRequiredService<ICaseDirectory>(), context.RequestAborted);
        using (logger.BeginScope(scope))
            await next(context);
    });
}
