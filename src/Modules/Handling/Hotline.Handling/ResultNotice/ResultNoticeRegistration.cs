namespace Hotline.Handling.ResultNotice;

/// <summary>Telling the caller the result after the reply was accepted.</summary>
internal static class ResultNoticeRegistration
{
    public static IServiceCollection AddResultNotice(this IServiceCollection services) =>
        services.AddScoped<ResultNoticeService>();
}
