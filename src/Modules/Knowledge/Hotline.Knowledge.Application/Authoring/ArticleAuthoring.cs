using Hotline.Platform.Auditing;
using Hotline.Platform.Organization;

namespace Hotline.Knowledge.Authoring;

/// <summary>
/// The owning unit's side: drafting, editing, submitting, restoring an old version, withdrawing. Every step checks
/// the caller's unit against the article's here, not only on the page (002 第二十一条: each unit keeps its own knowledge).
/// </summary>
internal sealed class ArticleAuthoring(
    IDbContextFactory<KnowledgeDbContext> contexts,
    AccessGate gate,
    ICategoryCatalog catalog,
    IAreaDirectory areas,
    TimeProvider clock)
{
    public const string ConflictMessage = "该知识刚被他人修改或处理，您的操作未保存，请刷新后重试。";

    /// <summary>起草: a new draft of the caller's unit.</summary>
    public async Task<Guid> DraftAsync(ArticleInput input, CancellationToken cancellationToken = default)
    {
        var (actor, unitId) = await gate.RequireUnitAsync(KnowledgeAccess.Authors);
        var content = await PlacedAsync(input, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = Article.Draft(unitId, content, Now, actor.UserName);
        db.Articles.Add(article);
        db.Audit(actor, clock, "起草知识", "Article", article.Id.ToString(), article.Title);
        await db.SaveOrConflictAsync(ConflictMessage, cancellationToken);
        return article.Id;
    }

    /// <summary>保存修改 of the caller's unit's article, against the version the user loaded.</summary>
    /// <exception cref="ArticleConflict">Someone saved or moved the article since; nothing of this edit is saved.</exception>
    public async Task<Guid> SaveAsync(Guid articleId, Guid seenVersion, ArticleInput input, CancellationToken cancellationToken = default)
    {
        var (actor, unitId) = await gate.RequireUnitAsync(KnowledgeAccess.Authors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = await db.ArticleAsync(articleId, cancellationToken);
        article.RequireOwner(unitId);
        var content = await PlacedAsync(input, cancellationToken);
        db.ExpectVersion(article, seenVersion, content);
        article.Edit(unitId, content, Now, actor.UserName);
        db.Audit(actor, clock, "修改知识", "Article", article.Id.ToString(), article.Title);
        await db.SaveOrConflictAsync(ConflictMessage, cancellationToken);
        return article.Version;
    }

    /// <summary>提交审核: the unit's manager only.</summary>
    public async Task SubmitAsync(Guid articleId, Guid seenVersion, CancellationToken cancellationToken = default)
    {
        var (actor, unitId) = await gate.RequireUnitAsync(KnowledgeAccess.Submitters);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = await db.ArticleAsync(articleId, cancellationToken);
        article.RequireOwner(unitId);
        db.ExpectVersion(article, seenVersion, article.Content);
        article.Submit(unitId, Now, actor.UserName);
        db.Audit(actor, clock, "提交知识审核", "Article", article.Id.ToString(), article.Title);
        await db.SaveOrConflictAsync(ConflictMessage, cancellationToken);
    }

    /// <summary>以历史版本恢复为草稿, with the files that version was published with.</summary>
    public async Task RestoreAsync(Guid articleId, Guid seenVersion, int versionNumber, CancellationToken cancellationToken = default)
    {
        var (actor, unitId) = await gate.RequireUnitAsync(KnowledgeAccess.Authors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = await db.ArticleAsync(articleId, cancellationToken);
        article.RequireOwner(unitId);
        var version = await db.Versions.FirstOrDefaultAsync(v => v.ArticleId == articleId && v.Number == versionNumber, cancellationToken)
            ?? throw new BusinessRuleException($"第 {versionNumber} 版不存在。");
        db.ExpectVersion(article, seenVersion, article.Content);
        var files = await db.Attachments.Where(a => a.ArticleId == articleId).ToListAsync(cancellationToken);
        var changes = article.RestoreAsDraft(unitId, version, Now, actor.UserName, files);
        db.Attachments.AddRange(changes.Added);
        db.Attachments.RemoveRange(changes.Deleted);
        db.Audit(actor, clock, "恢复知识历史版本", "Article", article.Id.ToString(), $"以第 {versionNumber} 版为草稿");
        await db.SaveOrConflictAsync(ConflictMessage, cancellationToken);
    }

    /// <summary>撤回 by the owning unit's manager or an editor.</summary>
    public async Task WithdrawAsync(Guid articleId, Guid seenVersion, string? reason, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAsync([.. KnowledgeAccess.Submitters, .. KnowledgeAccess.Editors]);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = await db.ArticleAsync(articleId, cancellationToken);
        if (!await gate.IsInAnyRoleAsync(KnowledgeAccess.Editors))
            article.RequireOwner(await gate.UnitIdAsync() ?? Guid.Empty);
        db.ExpectVersion(article, seenVersion, article.Content);
        article.Withdraw(reason, Now, actor.UserName);
        db.Publish(new ArticleRetired(article.Id, article.UnitId, Expired: false), clock);
        db.Audit(actor, clock, "撤回知识", "Article", article.Id.ToString(), article.ReviewNote);
        await db.SaveOrConflictAsync(ConflictMessage, cancellationToken);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The content with its category and area checked against the Platform trees.</summary>
    private async Task<ArticleContent> PlacedAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        var content = ArticleRules.Checked(input.ToContent());
        var category = await catalog.GetCategoryAsync(content.CategoryId, cancellationToken);
        if (category is null || !category.IsActive)
            throw new BusinessRuleException("所选事项分类不存在或已停用。");
        if (content.AreaId is { } areaId && await areas.GetAreaAsync(areaId, cancellationToken) is not { IsActive: true })
            throw new BusinessRuleException("所选属地不存在或已停用。");
        return content;
    }
}
