namespace Hotline.Knowledge.Versions;

/// <summary>The article page: the live text, the version history and the side-by-side diff.</summary>
internal static class VersionsRegistration
{
    public static IServiceCollection AddVersions(this IServiceCollection services) =>
        services.AddScoped<ArticleHistory>();
}
