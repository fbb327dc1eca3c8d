using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;

namespace Hotline.Platform.Modules;

/// <summary>A feature module's single public entry point: its tables, its services, its menu entries, its pages.</summary>
public interface IHotlineModule
{
    /// <summary>Code name, also the table prefix (lower case).</summary>
    string Name { get; }

    /// <summary>Maps the module's own tables; applied both by its runtime context and by the schema context.</summary>
    void ConfigureModel(ModelBuilder builder);

    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>
    /// Reference data other modules and the first accounts rely on (e.g. the center unit), and its demo counterpart when
    /// asked; runs after migration and before any account or <see cref="SeedAsync"/>, must be idempotent.
    /// </summary>
    Task SeedReferenceDataAsync(IServiceProvider services, bool demoMode, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// The accounts (the UserAccess module's): the roles, then the demo accounts or the first administrator; runs after every
    /// module's reference data and before any <see cref="SeedAsync"/>, must be idempotent.
    /// </summary>
    Task SeedAccountsAsync(IServiceProvider services, bool demoMode, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Reference data the module needs in every installation, and demo data when asked; runs after the accounts, must be idempotent.</summary>
    Task SeedAsync(IServiceProvider services, bool demoMode, CancellationToken cancellationToken) => Task.CompletedTask;

    Assembly PagesAssembly => GetType().Assembly;

    /// <summary>HTTP endpoints the module serves besides its pages (e.g. a file streamed from the data directory).</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints) { }
}

/// <summary>One menu entry, visible to the listed roles only.</summary>
public sealed record NavEntry(string Group, string Title, string Href, string Icon, IReadOnlyList<string> Roles, int Order = 0);
