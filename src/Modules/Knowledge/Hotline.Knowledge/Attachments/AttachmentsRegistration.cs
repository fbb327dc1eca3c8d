namespace Hotline.Knowledge.Attachments;

/// <summary>An article's files: added and removed on the editor page, listed and downloaded on the article pages.</summary>
internal static class AttachmentsRegistration
{
    public static IServiceCollection AddKnowledgeAttachments(this IServiceCollection services) =>
        services.AddScoped<ArticleAttachments>();
}
