using Hotline.Knowledge.Attachments;
using Hotline.Platform.Organization;

namespace Hotline.Knowledge.Versions;

internal sealed record VersionRow(int Number, string Title, string EditedBy, string? SubmittedBy, string ApprovedBy, DateTime PublishedAtUtc, bool IsLive);

/// <summary>What the article page shows; <see cref="Working"/> only to the owning unit and the editors.</summary>
internal sealed record ArticleDetails(Guid Id, Guid UnitId, string UnitName, string CategoryName, string? AreaName, ArticleStatus Status,
    int? PublishedVersionNumber, ArticleContent? Working, ArticleContent? Live, IReadOnlyList<VersionRow> Versions, string? ReviewNote,
    string? FirstApprovedBy, string UpdatedBy, DateTime UpdatedAtUtc, Guid Version, bool IsOwner, bool IsEditor);

/// <summary>
/// The article page's reads: the working copy for its unit and the editors, the live version for every signed-in user,
/// the version history, a version, and the diff between any two (or a version and the working copy).
/// </summary>
internal sealed class ArticleHistory(
    IDbContextFactory<KnowledgeDbContext> contexts,
    AccessGate gate,
    IUnitDirectory units,
    ICategoryCatalog catalog,
    IAreaDirectory areas)
{
    public async Task<ArticleDetails> DetailsAsync(Guid articleId, CancellationToken cancellationToken = default)
    {
        var (article, isOwner, isEditor) = await ReadableAsync(articleId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var versions = await db.Versions.AsNoTracking().Where(v => v.ArticleId == articleId).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        var live = versions.FirstOrDefault(v => v.Number == article.PublishedVersionNumber);
        var insider = isOwner || isEditor;
        var shown = insider ? article.Content : live!.Content;
        var unit = await units.GetUnitAsync(article.UnitId, cancellationToken);
        var category = await catalog.GetCategoryAsync(shown.CategoryId, cancellationToken);
        var area = shown.AreaId is { } areaId ? await areas.GetAreaAsync(areaId, cancellationToken) : null;
        return new ArticleDetails(article.Id, article.UnitId, unit?.Name ?? "", category?.PathName ?? "", area?.Name, article.Status,
            article.PublishedVersionNumber, insider ? article.Content : null, live?.Content,
            versions.Where(v => insider || v.Number == article.PublishedVersionNumber)
                .Select(v => new VersionRow(v.Number, v.Title, v.EditedBy, v.SubmittedBy, v.ApprovedBy, v.PublishedAtUtc, v.Number == article.PublishedVersionNumber))
                .ToList(),
            insider ? article.ReviewNote : null, insider ? article.FirstApprovedBy : null, article.UpdatedBy, article.UpdatedAtUtc,
            article.Version, isOwner, isEditor);
    }

    /// <param name="left">A version number, or null for the working copy.</param>
    /// <param name="right">A version number, or null for the working copy.</param>
    public async Task<VersionDiff> DiffAsync(Guid articleId, int? left, int? right, CancellationToken cancellationToken = default)
    {
        var (article, isOwner, isEditor) = await ReadableAsync(articleId, cancellationToken);
        if (!isOwner && !isEditor)
            throw new UnauthorizedAccessException("只有知识所属单位和知识库审核员可以对照历史版本。");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        async Task<ArticleContent> ContentOf(int? number) => number is null
            ? article.Content
            : (await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.ArticleId == articleId && v.Number == number, cancellationToken)
                ?? throw new BusinessRuleException($"第 {number} 版不存在。")).Content;
        var a = await ContentOf(left);
        var b = await ContentOf(right);
        var names = await NamesAsync([a, b], cancellationToken);
        var diff = VersionDiff.Between(Label(left), a, Label(right), b, s => names.GetValueOrDefault(s, s));
        // The files belong to the versions too: a diff that left them out would not tell what was published.
        var files = await db.Attachments.AsNoTracking().Where(f => f.ArticleId == articleId).ToListAsync(cancellationToken);
        string FilesOf(int? number) => string.Join("、",
            AttachmentRow.ListOf(files.Where(f => number is { } n ? f.IsInVersion(n) : f.IsInWorkingCopy)).Select(f => f.FileName));
        var (before, after) = (FilesOf(left), FilesOf(right));
        return before == after ? diff : diff with { Fields = [.. diff.Fields, new FieldChange("附件", before, after)] };
    }

    private static string Label(int? number) => number is null ? "当前草稿" : $"第 {number} 版";

    private async Task<Dictionary<string, string>> NamesAsync(ArticleContent[] contents, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>();
        foreach (var c in await catalog.GetCategoriesAsync(contents.Select(x => x.CategoryId), cancellationToken))
            names[c.Id.ToString()] = c.PathName;
        foreach (var a in await areas.GetAreasAsync(contents.Where(x => x.AreaId is not null).Select(x => x.AreaId!.Value), cancellationToken))
            names[a.Id.ToString()] = a.Name;
        return names;
    }

    /// <summary>Owner and editors read any article; other signed-in users only one with a live version.</summary>
    private async Task<(Article Article, bool IsOwner, bool IsEditor)> ReadableAsync(Guid articleId, CancellationToken cancellationToken)
    {
        await gate.RequireAsync(KnowledgeAccess.Readers);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken)
            ?? throw new BusinessRuleException(KnowledgeLoad.NotFound);
        var isEditor = await gate.IsInAnyRoleAsync(KnowledgeAccess.Editors);
        var isOwner = await gate.IsInAnyRoleAsync(KnowledgeAccess.Authors) && await gate.UnitIdAsync() == article.UnitId;
        if (!isOwner && !isEditor && article.PublishedVersionNumber is null)
            throw new BusinessRuleException(KnowledgeLoad.NotFound);
        return (article, isOwner, isEditor);
    }
}
