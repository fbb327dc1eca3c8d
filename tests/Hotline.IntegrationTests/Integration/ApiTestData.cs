using System.Net.Http.Json;
using Hotline.Integration.Clients;
using Hotline.Integration.Domain;
using Hotline.Integration.Gateway;
using Hotline.Platform.Organization;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Integration;

/// <summary>The application served by Kestrel on a free port, so API tests go through real HTTP.</summary>
public sealed class KestrelSqliteApp : HotlineAppFactory
{
    public KestrelSqliteApp() : base(DatabaseProvider.Sqlite) => UseKestrel(0);
}

public sealed class KestrelMariaDbApp : HotlineAppFactory
{
    public KestrelMariaDbApp() : base(DatabaseProvider.MySql) => UseKestrel(0);
}

internal static class ApiTestData
{
    /// <summary>Registers an API client as the CenterAdmin would and returns its key.</summary>
    public static async Task<(Guid Id, string Key)> ClientAsync(HotlineAppFactory app, ApiScopes scopes, string? unitCode = null, int ratePerMinute = 600,
        string? name = null)
    {
        var units = unitCode is null ? [] : new[] { (await app.Service<IUnitDirectory>().FindByCodeAsync(unitCode))!.Id };
        return await app.AsUserAsync("admin", sp => sp.GetRequiredService<ApiClients>()
            .RegisterAsync(new ApiClientInput(name ?? $"测试系统-{Guid.NewGuid():N}"[..12], scopes, unitCode is null, units, ratePerMinute)));
    }

    public static HttpClient Http(HotlineAppFactory app, string? key)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = BaseAddress(app),
        });
        if (key is not null)
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>Where Kestrel listens (a free port chosen at start).</summary>
    public static Uri BaseAddress(HotlineAppFactory app)
    {
        app.StartServer();
        var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First());
    }

    public static async Task<string> LeafCategoryCodeAsync(HotlineAppFactory app) =>
        (await app.Service<Hotline.Platform.Catalog.ICategoryCatalog>().ActiveCategoriesAsync()).First(c => c.IsLeaf && c.Code == "C0101").Code;

    public static object RequestBody(string content = "小区门口路灯已经坏了一个多星期，晚上出行很不安全", string? phone = "13912345678") => new
    {
        content,
        callerName = "王先生",
        callerPhone = phone,
        address = "城关街道文昌路 18 号",
        categoryCode = "C0101",
        requestType = "HelpRequest",
    };

    public static Task FlushCallsAsync(HotlineAppFactory app) => app.Service<ApiCallJournal>().FlushAsync();
}
