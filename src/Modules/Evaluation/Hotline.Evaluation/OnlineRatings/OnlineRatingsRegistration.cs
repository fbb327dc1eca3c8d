using Hotline.Platform.Notifications.Sms;

namespace Hotline.Evaluation.OnlineRatings;

/// <summary>发送评价链接: single-use rating links sent by SMS.</summary>
internal static class OnlineRatingsRegistration
{
    public static IServiceCollection AddOnlineRatings(this IServiceCollection services)
    {
        services.AddScoped<RatingLinks>();
        services.AddSmsType(EvaluationSms.RatingInvitation);
        return services;
    }
}
