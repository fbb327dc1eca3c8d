namespace Hotline.Knowledge.Domain;

/// <summary>The text fields of an article as stored, the working copy's and every published version's alike.</summary>
internal interface IArticleText
{
    string Title { get; }
    string Body { get; }
    string? Keywords { get; }
    string? PolicyTitle { get; }
    string? PolicyNumber { get; }
    string? PolicyLink { get; }
}
