namespace Hotline.Supervision.Notices;

/// <summary>督办单: the printed notice of written and leader's supervision, one at a time or today's batch.</summary>
internal static class NoticesRegistration
{
    public static IServiceCollection AddSupervisionNotices(this IServiceCollection services) =>
        services.AddScoped<NoticePrinting>();
}
