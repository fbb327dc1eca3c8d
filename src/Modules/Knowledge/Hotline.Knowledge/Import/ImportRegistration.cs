using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Knowledge.Import;

/// <summary>知识导入: a county's existing knowledge base from .xlsx or JSON, with a dry run first.</summary>
internal static class ImportRegistration
{
    public static IServiceCollection AddKnowledgeImport(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(PlatformNavigation.SettingsGroup, "知识导入", "/admin/knowledge/import", Icons.Material.Filled.UploadFile, [HotlineRoles.CenterAdmin], 98)]);
        services.AddScoped<KnowledgeImport>();
        return services;
    }
}
