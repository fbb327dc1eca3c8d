namespace Hotline.Archive.Integrity;

/// <summary>完整性校验: one record, a year or the whole chain, audited.</summary>
internal static class IntegrityRegistration
{
    public static IServiceCollection AddArchiveIntegrity(this IServiceCollection services) =>
        services.AddScoped<ArchiveIntegrity>();
}
