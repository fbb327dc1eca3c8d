using MudBlazor;

namespace Hotline.Knowledge.Shared;

internal static class StatusColours
{
    public static Color Of(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => Color.Default,
        ArticleStatus.Submitted or ArticleStatus.InReview => Color.Info,
        ArticleStatus.Published => Color.Success,
        _ => Color.Warning,
    };
}
