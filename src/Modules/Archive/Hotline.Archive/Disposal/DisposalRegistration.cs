using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Archive.Disposal;

/// <summary>保管期限 and 销毁: appraisal of records past retention, the clerk's proposal, the administrator's approval, the register.</summary>
internal static class DisposalRegistration
{
    public static IServiceCollection AddArchiveDisposal(this IServiceCollection services) =>
        services.AddNavEntries([
            new(ArchiveModule.Group, "到期鉴定与销毁", "/archive/disposal", Icons.Material.Filled.DeleteSweep, ArchiveAccess.Disposers, 730)])
            .AddScoped<Disposals>();
}
