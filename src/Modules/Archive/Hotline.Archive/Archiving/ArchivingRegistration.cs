using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Archive.Archiving;

/// <summary>
/// 归档: the record assembled from the modules' contracts on every closing (at once, or by the sweep after the settling
/// period), the retention and settling settings and the backfill.
/// </summary>
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
        services.AddScoped<SettlingArchive>();
        services.AddHostedService<SettlingWorker>();
        services.AddIntegrationEventHandler<CaseClosed, CaseClosedArchiving>();
        services.AddIntegrationEventHandler<RedoRequested, RedoRequestedSettling>();
        return services;
    }
}
