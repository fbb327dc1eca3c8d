using Hotline.Knowledge.Gaps;
using Hotline.Knowledge.Settings;
using Hotline.Platform.Auditing;

namespace Hotline.Knowledge.Review;

/// <summary>The KnowledgeEditor's side: take, approve (publishing a version), send back with comments, declare expired.</summary>
internal sealed class ArticleReviews(
    IDbContextFactory<KnowledgeDbContext> contexts,
    AccessGate gate,
    KnowledgeSettingsService settings,
    TimeProvider clock)
{
    public const string ConflictMessage = "该知识刚被其他审核员处理，请刷新后查看。";

    public async Task StartAsync(Guid articleId, Guid seenVersion, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAsync(KnowledgeAccess.Editors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = await db.ArticleAsync(articleId, cancellationToken);
        db.ExpectVersion(article, seenVersion, article.Content);
        article.StartReview(Now, actor.UserName);
        db.Audit(actor, clock, "开始审核知识", "Article", article.Id.ToString(), article.Title);
        await db.SaveOrConflictAsync(ConflictMessage, cancellationToken);
    }

    /// <returns>The published version number, or null when the category needs a second reviewer who has not yet approved.</returns>
    public async Task<int?> ApproveAsync(Guid articleId, Guid seenVersion, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAsync(KnowledgeAccess.Editors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = await db.ArticleAsync(articleId, cancellationToken);
        db.ExpectVersion(article, seenVersion, article.Content);
        var twoReviewers = await settings.NeedsSecondReviewAsync(article.CategoryId, cancellationToken);
        var version = article.Approve(twoReviewers, Now, actor.UserName);
        if (version is null)
        {
            db.Audit(actor, clock, "知识初审通过", "Article", article.Id.ToString(), article.Title);
        }
        else
        {
            db.Versions.Add(version);
            await db.VersionPublishedAsync(article.Id, version.Number, cancellationToken);
            db.Publish(new ArticlePublished(article.Id, version.Number, article.UnitId, article.CategoryId), clock);
            db.Audit(actor, clock, "发布知识", "Article", article.Id.ToString(), $"{article.Title}（第 {version.Number} 版）");
        }
        await db.SaveOrConflictAsync(ConflictMessage, cancellationToken);
        return version?.Number;
    }

    public async Task SendBackAsync(Guid articleId, Guid seenVersion, string? comment, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAsync(KnowledgeAccess.Editors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = await db.ArticleAsync(articleId, cancellationToken);
        db.ExpectVersion(article, seenVersion, article.Content);
        article.SendBack(comment, Now, actor.UserName);
        await db.VersionSentBackAsync(article.Id, article.ReviewNote, actor.UserName, clock, cancellationToken);
        db.Audit(actor, clock, "退回知识修改", "Article", article.Id.ToString(), article.ReviewNote);
        await db.SaveOrConflictAsync(ConflictMessage, cancellationToken);
    }

    /// <summary>宣布失效: the live version leaves use (e.g. the policy it cites was repealed).</summary>
    public async Task ExpireAsync(Guid articleId, Guid seenVersion, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAsync(KnowledgeAccess.Editors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = await db.ArticleAsync(articleId, cancellationToken);
        db.ExpectVersion(article, seenVersion, article.Content);
        article.Expire(Now, actor.UserName);
        db.Publish(new ArticleRetired(article.Id, article.UnitId, Expired: true), clock);
        db.Audit(actor, clock, "知识失效", "Article", article.Id.ToString(), article.Title);
        await db.SaveOrConflictAsync(ConflictMessage, cancellationToken);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
