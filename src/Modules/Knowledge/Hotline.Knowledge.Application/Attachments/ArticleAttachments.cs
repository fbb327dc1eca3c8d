using Hotline.Knowledge.Authoring;
using Hotline.Platform.Attachments;
using Hotline.Platform.Auditing;

namespace Hotline.Knowledge.Attachments;

/// <summary>An attachment as a list shows it.</summary>
internal sealed record AttachmentRow(Guid Id, string FileName, string ContentType, long Size, DateTime AttachedAtUtc, string AttachedBy)
{
    public static AttachmentRow Of(ArticleAttachment a) => new(a.Id, a.FileName, a.ContentType, a.Size, a.AttachedAtUtc, a.AttachedBy);

    /// <summary>In the order they were attached, files of one upload by name.</summary>
    public static IReadOnlyList<AttachmentRow> ListOf(IEnumerable<ArticleAttachment> files) =>
        files.OrderBy(a => a.AttachedAtUtc).ThenBy(a => a.FileName, StringComparer.Ordinal).ThenBy(a => a.Id).Select(Of).ToList();

    /// <summary>The size as readers expect it: 1 KB at least, MB from one megabyte.</summary>
    public string SizeText => Size >= 1024 * 1024 ? $"{Size / (1024.0 * 1024):0.0} MB" : $"{Math.Max(1, (Size + 1023) / 1024)} KB";

    /// <summary>What a form is, for the reader deciding whether to download it; images and PDF say so by their names.</summary>
    public string? KindText => ContentType switch
    {
        AttachmentTypes.WordContentType => "Word 文档",
        AttachmentTypes.ExcelContentType => "Excel 表格",
        _ => null,
    };

    /// <summary>What a list shows after the name: "Word 文档，12 KB" or just the size.</summary>
    public string Caption => KindText is { } kind ? $"{kind}，{SizeText}" : SizeText;
}

/// <summary>A stored attachment with its content, for download.</summary>
internal sealed record AttachmentContent(string FileName, string ContentType, Stream Content);

/// <summary>
/// 知识附件: the owning unit adds files to and removes them from the working copy (the same rules as editing its text:
/// own unit only, not while submitted or in review); every signed-in user reads and downloads the live version's files,
/// the unit and the editors also the working copy's and every version's. Files are checked and stored by the attachment
/// store (<see cref="Kinds"/> by content, ≤ 10 MB) before they reach here; see <see cref="ArticleAttachment"/> for how
/// versions keep them.
/// </summary>
internal sealed class ArticleAttachments(IDbContextFactory<KnowledgeDbContext> contexts, AccessGate gate, AttachmentStore store, TimeProvider clock)
{
    public const string DownloadAuditAction = "下载知识附件";

    /// <summary>
    /// Besides images and PDF, Word and Excel: a county's 办事表格 and 申请表 are published for citizens and agents to
    /// download and fill in. Case material elsewhere stays images and PDF.
    /// </summary>
    public const AttachmentKinds Kinds = AttachmentKinds.ImagesAndPdf | AttachmentKinds.OfficeDocuments;

    /// <summary>添加附件 to the caller's unit's article, against the version the page loaded; all files or none.</summary>
    /// <returns>The article's new version (the page edits on against it).</returns>
    public async Task<Guid> AttachAsync(Guid articleId, Guid seenVersion, IReadOnlyList<StagedAttachment> files, CancellationToken cancellationToken = default)
    {
        var (actor, unitId) = await gate.RequireUnitAsync(KnowledgeAccess.Authors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = await db.ArticleAsync(articleId, cancellationToken);
        article.RequireOwner(unitId);
        db.ExpectVersion(article, seenVersion, article.Content);
        var current = await db.Attachments.Where(a => a.ArticleId == articleId && a.LastVersion == null).ToListAsync(cancellationToken);
        var added = article.Attach(unitId, current, files.Select(f => new ArticleFile(f.FileName, f.ContentType, f.Size, f.Sha256)).ToList(),
            Now, actor.UserName);
        db.Attachments.AddRange(added);
        db.MarkWorkingCopyChanged(article);
        db.Audit(actor, clock, "添加知识附件", "Article", article.Id.ToString(), string.Join("、", added.Select(a => a.FileName)));
        await db.SaveOrConflictAsync(ArticleAuthoring.ConflictMessage, cancellationToken);
        return article.Version;
    }

    /// <summary>删除附件 from the working copy of the caller's unit's article; published versions keep their files.</summary>
    /// <returns>The article's new version.</returns>
    public async Task<Guid> RemoveAsync(Guid articleId, Guid seenVersion, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        var (actor, unitId) = await gate.RequireUnitAsync(KnowledgeAccess.Authors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = await db.ArticleAsync(articleId, cancellationToken);
        article.RequireOwner(unitId);
        var file = await db.Attachments.FirstOrDefaultAsync(a => a.Id == attachmentId && a.ArticleId == articleId, cancellationToken)
            ?? throw new BusinessRuleException(NotFound);
        db.ExpectVersion(article, seenVersion, article.Content);
        if (article.Detach(unitId, file, Now, actor.UserName))
            db.Attachments.Remove(file);
        db.MarkWorkingCopyChanged(article);
        db.Audit(actor, clock, "删除知识附件", "Article", article.Id.ToString(), file.FileName);
        await db.SaveOrConflictAsync(ArticleAuthoring.ConflictMessage, cancellationToken);
        return article.Version;
    }

    /// <param name="versionNumber">A published version, or null for the working copy (its unit and the editors only).</param>
    /// <returns>The files of that version in the order they were attached.</returns>
    public async Task<IReadOnlyList<AttachmentRow>> ListAsync(Guid articleId, int? versionNumber, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (article, insider) = await ReadableAsync(db, articleId, cancellationToken);
        if (!insider && (versionNumber is null || versionNumber != article.PublishedVersionNumber))
            throw new BusinessRuleException(NotFound);
        var rows = await db.Attachments.AsNoTracking().Where(a => a.ArticleId == articleId).ToListAsync(cancellationToken);
        return AttachmentRow.ListOf(rows.Where(a => versionNumber is { } n ? a.IsInVersion(n) : a.IsInWorkingCopy));
    }

    /// <summary>An attachment's bytes for a reader allowed to see a version holding it; each download is audited.</summary>
    public async Task<AttachmentContent> OpenAsync(Guid attachmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var file = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId, cancellationToken)
            ?? throw new BusinessRuleException(NotFound);
        var (article, insider) = await ReadableAsync(db, file.ArticleId, cancellationToken);
        // Others read the live version only: a draft's file, or one the live version no longer holds, is not theirs.
        if (!insider && !(article.PublishedVersionNumber is { } live && file.IsInVersion(live)))
            throw new BusinessRuleException(NotFound);
        db.Audit(await gate.ActorAsync(), clock, DownloadAuditAction, "Article", article.Id.ToString(), file.FileName);
        await db.SaveChangesAsync(cancellationToken);
        return new AttachmentContent(file.FileName, file.ContentType, store.Open(file.Sha256));
    }

    public const string NotFound = "附件不存在或无权查看。";

    /// <summary>Any signed-in reader; <c>insider</c>: the owning unit's authors or an editor (drafts and every version).</summary>
    private async Task<(Article Article, bool Insider)> ReadableAsync(KnowledgeDbContext db, Guid articleId, CancellationToken cancellationToken)
    {
        await gate.RequireAsync(KnowledgeAccess.Readers);
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken)
            ?? throw new BusinessRuleException(NotFound);
        var insider = await gate.IsInAnyRoleAsync(KnowledgeAccess.Editors)
            || (await gate.IsInAnyRoleAsync(KnowledgeAccess.Authors) && await gate.UnitIdAsync() == article.UnitId);
        return (article, insider);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
