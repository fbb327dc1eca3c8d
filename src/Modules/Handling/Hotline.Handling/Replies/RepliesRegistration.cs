namespace Hotline.Handling.Replies;

/// <summary>Replies (答复) and their approval by the unit manager or the parent unit.</summary>
internal static class RepliesRegistration
{
    public static IServiceCollection AddReplies(this IServiceCollection services)
    {
        services.AddScoped<ReplyAcceptance>();
        services.AddScoped<ReplySubmission>();
        services.AddScoped<ReplyApprovals>();
        services.AddScoped<ReplyViewQuery>();
        services.AddScoped<Templates.ReplyTemplates>();
        services.AddAuditObjectType("Reply", "答复");
        return services;
    }
}
