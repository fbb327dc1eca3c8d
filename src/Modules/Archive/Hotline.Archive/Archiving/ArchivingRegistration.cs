using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Archive.Archiving;

/// <summary>归档: the record assembled from the modules' contracts on every closing, the retention settings and the backfill.</summary>
internal static class ArchivingRegistration
{
    public static IServiceCollection AddArchiving(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(PlatformNavigation.SettingsGroup, "归档设置", "/admin/archive/settings", Icons.Material.Filled.Tune, [HotlineRoles.CenterAdmin], 98)]);
        services.AddScoped<ArchiveSettingsService>();
        services.AddScoped<RecordAssembler>();
        services.AddScoped<ArchiveWriter>();
        services.AddScoped<ArchiveBackfill>();
        services.AddIntegrationEventHandler<CaseClosed, CaseClosedArchiving>();
        return services;
    }
}
