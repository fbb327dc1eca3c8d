using Hotline.Platform.Persistence;

namespace Hotline.Intake.CaseIndex;

/// <summary>工单全文索引: the Lucene index behind the case list's keyword search, kept current by every save of a case.</summary>
internal static class CaseIndexRegistration
{
    public static IServiceCollection AddCaseIndex(this IServiceCollection services)
    {
        services.AddSingleton<CaseTextIndex>();
        services.AddSingleton<CaseIndexQueue>();
        services.AddSingleton<ISaveChangesObserver>(sp => sp.GetRequiredService<CaseIndexQueue>());
        services.AddSingleton<CaseIndexer>();
        services.AddHostedService(sp => sp.GetRequiredService<CaseIndexer>());
        services.AddSingleton<ICaseTextSearch, CaseTextSearch>();
        return services;
    }
}
