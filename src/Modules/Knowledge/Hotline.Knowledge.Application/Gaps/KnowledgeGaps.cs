using Hotline.Platform.Auditing;
using Hotline.Platform.Calendar;

namespace Hotline.Knowledge.Gaps;

internal sealed record GapFixChoice(Guid ArticleId, string Title, ArticleStatus Status);

internal sealed record GapReport(GapKind Kind, string? Description, Guid? ArticleId, Guid? CategoryId, Guid? UnitId, string? CaseNumber);

internal sealed record GapRow(Guid Id, GapKind Kind, string Description, Guid? ArticleId, string? ArticleTitle, Guid CategoryId, Guid UnitId,
    string? CaseNumber, string ReportedBy, DateTime ReportedAtUtc, DateTime DueUtc, GapStatus Status, DateTime? FixedAtUtc, string? FixNote, bool Overdue)
{
    public string? ReviewNote { get; init; }
    public string? ReviewedBy { get; init; }
    public Guid? FixArticleId { get; init; }
}

/// <summary>
/// Gaps (知识缺失/不准确/失效, 002 art. 21): the center reports them against an article (its unit owns the gap) or a
/// category and unit; the unit fixes them within 5 working days of the working calendar. A unit sees and fixes its own only.
/// </summary>
internal sealed class KnowledgeGaps(IDbContextFactory<KnowledgeDbContext> contexts, AccessGate gate, IWorkingCalendar calendar, TimeProvider clock)
{
    public const int WorkingDaysToFix = 5;

    /// <summary>Center roles that report: agents on the call, editors and supervisors reviewing.</summary>
    public static readonly string[] Reporters = [HotlineRoles.Agent, HotlineRoles.Supervisor, HotlineRoles.KnowledgeEditor];

    public async Task<Guid> ReportAsync(GapReport report, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAsync(Reporters);
        var description = (report.Description ?? "").Trim();
        if (description.Length == 0)
            throw new BusinessRuleException("请说明缺失或不准确的内容。");
        if (description.Length > KnowledgeGap.DescriptionMax)
            throw new BusinessRuleException($"说明不能超过 {KnowledgeGap.DescriptionMax} 个字符。");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        Guid unitId, categoryId;
        int? reportedVersion = null;
        if (report.ArticleId is { } articleId)
        {
            var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken)
                ?? throw new BusinessRuleException("该知识不存在。");
            (unitId, categoryId, reportedVersion) = (article.UnitId, article.CategoryId, article.LastVersionNumber);
        }
        else
        {
            if (report.Kind != GapKind.Missing)
                throw new BusinessRuleException("不准确或失效的知识须指明具体知识条目。");
            unitId = report.UnitId ?? throw new BusinessRuleException("请选择负责补充该知识的成员单位。");
            categoryId = report.CategoryId ?? throw new BusinessRuleException("请选择事项分类。");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await calendar.DueAfterWorkingDaysAsync(now, WorkingDaysToFix, cancellationToken);
        var gap = new KnowledgeGap
        {
            ArticleId = report.ArticleId, CategoryId = categoryId, UnitId = unitId, Kind = report.Kind, Description = description,
            CaseNumber = string.IsNullOrWhiteSpace(report.CaseNumber) ? null : report.CaseNumber.Trim()[..Math.Min(report.CaseNumber.Trim().Length, 40)],
            ReportedBy = actor.UserName, ReportedAtUtc = now, ReportedVersionNumber = reportedVersion, DueUtc = due.DueUtc,
        };
        db.Gaps.Add(gap);
        db.Publish(new KnowledgeGapReported(gap.Id, unitId, gap.ArticleId, categoryId, gap.DueUtc, now), clock);
        db.Audit(actor, clock, "报告知识缺失", "KnowledgeGap", gap.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return gap.Id;
    }

    /// <summary>A unit's gaps for its workbench; editors and supervisors see every unit's (or one unit's when given).</summary>
    public async Task<IReadOnlyList<GapRow>> ListAsync(bool openOnly, Guid? unitFilter = null, CancellationToken cancellationToken = default)
    {
        Guid? unitId;
        if (await gate.IsInAnyRoleAsync([HotlineRoles.KnowledgeEditor, HotlineRoles.Supervisor]))
            unitId = unitFilter;
        else
            unitId = (await gate.RequireUnitAsync(KnowledgeAccess.Authors)).UnitId;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Gaps.AsNoTracking();
        if (unitId is { } u)
            query = query.Where(g => g.UnitId == u);
        if (openOnly)
            query = query.Where(g => g.Status != GapStatus.Fixed);
        var gaps = await query.OrderBy(g => g.Status).ThenBy(g => g.DueUtc).Take(500).ToListAsync(cancellationToken);
        var articleIds = gaps.Where(g => g.ArticleId != null).Select(g => g.ArticleId!.Value).Distinct().ToList();
        var titles = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return gaps.Select(g => new GapRow(g.Id, g.Kind, g.Description, g.ArticleId, g.ArticleId is { } a ? titles.GetValueOrDefault(a) : null,
            g.CategoryId, g.UnitId, g.CaseNumber, g.ReportedBy, g.ReportedAtUtc, g.DueUtc, g.Status, g.FixedAtUtc, g.FixNote, g.IsOverdueAt(now))
        {
            ReviewNote = g.ReviewNote, ReviewedBy = g.ReviewedBy, FixArticleId = g.FixArticleId,
        }).ToList();
    }

    /// <summary>
    /// The owning unit names the article whose new version answers the gap (the gap's own article when it has one): a
    /// version published since the report fixes it now, one submitted since then fixes it when published.
    /// </summary>
    public Task FixAsync(Guid gapId, Guid? articleId, string? note, CancellationToken cancellationToken = default) =>
        AnswerAsync(gapId, async (db, gap, now, by) =>
        {
            var id = articleId ?? gap.ArticleId ?? throw KnowledgeGap.FixIsAVersion.Violated("请选择已补充该知识的条目。");
            var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
                ?? throw KnowledgeGap.FixWithOwnArticle.Violated("该知识不存在。");
            var published = await db.Versions.AsNoTracking().Where(v => v.ArticleId == id)
                .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
            gap.Fix(FixingArticle.Of(article, published), note, now, by);
        }, "处理知识缺失", cancellationToken);

    /// <summary>The owning unit says why the knowledge stays as it is; an editor then accepts or sends it back.</summary>
    public Task DeclineAsync(Guid gapId, string? reason, CancellationToken cancellationToken = default) =>
        AnswerAsync(gapId, (_, gap, now, by) =>
        {
            gap.Decline(reason, now, by);
            return Task.CompletedTask;
        }, "说明不予修改", cancellationToken);

    /// <summary>The unit's own articles a missing gap's fix may name: those with a version published or submitted since the report.</summary>
    public async Task<IReadOnlyList<GapFixChoice>> FixChoicesAsync(Guid gapId, CancellationToken cancellationToken = default)
    {
        var (_, unitId) = await gate.RequireUnitAsync(KnowledgeAccess.Authors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var gap = await db.Gaps.AsNoTracking().FirstOrDefaultAsync(g => g.Id == gapId && g.UnitId == unitId, cancellationToken);
        if (gap is null)
            return [];
        var since = gap.ReportedAtUtc;
        var pending = new[] { ArticleStatus.Submitted, ArticleStatus.InReview };
        return await db.Articles.AsNoTracking()
            .Where(a => a.UnitId == unitId
                && ((pending.Contains(a.Status) && a.SubmittedAtUtc >= since) || db.Versions.Any(v => v.ArticleId == a.Id && v.PublishedAtUtc >= since)))
            .OrderByDescending(a => a.CategoryId == gap.CategoryId).ThenByDescending(a => a.UpdatedAtUtc).Take(50)
            .Select(a => new GapFixChoice(a.Id, a.Title, a.Status))
            .ToListAsync(cancellationToken);
    }

    /// <summary>An editor accepts a unit's reason (the gap closes, answered at the unit's time) or sends it back, open again.</summary>
    public async Task ReviewDeclineAsync(Guid gapId, bool accept, string? comment, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAsync(KnowledgeAccess.Editors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var gap = await db.Gaps.FirstOrDefaultAsync(g => g.Id == gapId, cancellationToken) ?? throw new BusinessRuleException("该知识缺失不存在。");
        gap.ReviewDecline(accept, comment, clock.GetUtcNow().UtcDateTime, actor.UserName);
        // Supervision stopped watching at the unit's answer; a sent-back gap runs again to its original due time.
        if (!accept)
            db.Publish(new KnowledgeGapReported(gap.Id, gap.UnitId, gap.ArticleId, gap.CategoryId, gap.DueUtc, clock.GetUtcNow().UtcDateTime), clock);
        db.Audit(actor, clock, accept ? "认可不予修改理由" : "退回不予修改理由", "KnowledgeGap", gap.Id.ToString(), gap.ReviewNote);
        await db.SaveOrConflictAsync("该知识缺失刚被他人处理，请刷新后查看。", cancellationToken);
    }

    private async Task AnswerAsync(Guid gapId, Func<KnowledgeDbContext, KnowledgeGap, DateTime, string, Task> answer, string action, CancellationToken cancellationToken)
    {
        var (actor, unitId) = await gate.RequireUnitAsync(KnowledgeAccess.Authors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var gap = await db.Gaps.FirstOrDefaultAsync(g => g.Id == gapId, cancellationToken);
        // Another unit's gap is reported as missing: its existence is not this unit's business.
        if (gap is null || gap.UnitId != unitId)
            throw new BusinessRuleException("该知识缺失不存在或不属于本单位。");
        var now = clock.GetUtcNow().UtcDateTime;
        await answer(db, gap, now, actor.UserName);
        // The unit answered: Supervision's watch of the five working days ends here, whatever the editor says later.
        db.Publish(new KnowledgeGapFixed(gap.Id, gap.UnitId, now), clock);
        db.Audit(actor, clock, action, "KnowledgeGap", gap.Id.ToString());
        await db.SaveOrConflictAsync("该知识缺失刚被他人处理，请刷新后查看。", cancellationToken);
    }
}
