namespace Hotline.Knowledge.Shared;

/// <summary>One demo article: category code, owning unit code, public or internal, title, keywords, Markdown body.</summary>
internal sealed record DemoArticle(string Category, string Unit, bool IsPublic, string Title, string Keywords, string Body);

/// <summary>The demo county's articles; the demo data project provides them, so the module carries no invented content.</summary>
internal interface IDemoArticles
{
    IReadOnlyList<DemoArticle> All { get; }
}
