using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Platform.Exports;

public static class BackgroundExports
{
    /// <summary>A module's export jobs: its runner, the desk its pages use, and the worker that runs them.</summary>
    public static IServiceCollection AddBackgroundExports<TContext, TJob, TRunner>(this IServiceCollection services)
        where TContext : ModuleDbContext, IExportJobContext<TJob> where TJob : ExportJob, new() where TRunner : BackgroundExportRunner<TContext, TJob>
    {
        services.AddSingleton<TRunner>();
        services.AddSingleton<BackgroundExportRunner<TContext, TJob>>(sp => sp.GetRequiredService<TRunner>());
        services.AddScoped<ExportJobDesk<TContext, TJob>>();
        services.AddHostedService<BackgroundExportWorker<TRunner>>();
        return services;
    }

    /// <summary>
    /// GET <paramref name="pattern"/> (with an <c>{id:guid}</c>): the finished file streamed from the data directory to
    /// the user who asked for it; <paramref name="open"/> checks access and audits. A refusal is a 404 (the file is not
    /// there for this user) or a 403.
    /// </summary>
    public static RouteHandlerBuilder MapExportDownload<TJobs>(this IEndpointRouteBuilder endpoints, string pattern, string contentType,
        Func<TJobs, Guid, CancellationToken, Task<(Stream Content, string FileName)>> open) where TJobs : notnull =>
        endpoints.MapGet(pattern, async (Guid id, HttpContext context, TJobs jobs, AuthenticationStateProvider authentication) =>
        {
            // Outside a circuit the services' access checks read the request's user.
            if (authentication is IHostEnvironmentAuthenticationStateProvider host)
                host.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.User)));
            try
            {
                var (content, name) = await open(jobs, id, context.RequestAborted);
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers.CacheControl = "no-store";
                return Results.File(content, contentType, name);
            }
            catch (BusinessRuleException ex)
            {
                return Results.Problem(ex.Message, statusCode: StatusCodes.Status404NotFound);
            }
            catch (UnauthorizedAccessException)
            {
                return Results.Forbid();
            }
        });
}
