using Hotline.Integration.Clients;
using Hotline.Integration.Feed;
using Hotline.Integration.Gateway;
using Hotline.Integration.Open311;
using Hotline.Integration.RestApi;
using Hotline.Platform.Modules;
using Microsoft.Extensions.Configuration;
using Scalar.AspNetCore;

namespace Hotline.Integration;

/// <summary>
/// 系统对接 module: connected systems reach the hotline through it — API clients and keys, the REST API with its OpenAPI
/// document, Open311 GeoReport v2, the department feed (signed webhooks and pull) and the phone system's screen-pop.
/// It reads and writes cases only through the other modules' contracts.
/// </summary>
public sealed class IntegrationModule : IHotlineModule
{
    public string Name => "Integration";

    public void ConfigureModel(ModelBuilder builder) => IntegrationModel.Configure(builder);

    // One explicit call per capability folder: deleting a capability's registration fails the build.
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<IntegrationDbContext>(configuration);
        services.AddIntegrationShared();
        services.AddApiGateway();
        services.AddApiClients();
        services.AddRestApi();
        services.AddFeed();
        services.AddOpen311();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        V1Endpoints.Map(endpoints);
        CtiEndpoints.Map(endpoints);
        Open311Endpoints.Map(endpoints);
        ApiFallback.Map(endpoints);
        endpoints.MapOpenApi("/api/openapi/{documentName}.json").AllowAnonymous();
        endpoints.MapScalarApiReference("/api/docs", options => options
            .WithTitle("12345 热线接口文档")
            .WithOpenApiRoutePattern("/api/openapi/{documentName}.json")).AllowAnonymous();
    }

    public Task SeedAsync(IServiceProvider services, bool demoMode, CancellationToken cancellationToken) =>
        demoMode ? AreaPoints.SeedDemoAsync(services.GetRequiredService<Hotline.Platform.Settings.SettingsStore>(), cancellationToken) : Task.CompletedTask;
}
