using System.Globalization;
using Hotline.Platform.Security;
using Hotline.Platform.Auditing;
using Hotline.Platform.Organization;

namespace Hotline.Knowledge.Import;

internal enum ImportOutcome
{
    Create,
    Update,
    Reject,
}

/// <summary>What the import would do with one row: create, update the unit's article of the same title, or refuse it and why.</summary>
internal sealed record ImportLine(int Line, string Title, ImportOutcome Outcome, string? Reason, string? Unit, string? Category)
{
    internal Guid UnitId { get; init; }
    internal Guid? ArticleId { get; init; }
    internal ArticleContent? Content { get; init; }
}

internal sealed record ImportPlan(IReadOnlyList<ImportLine> Lines)
{
    public int Creates => Lines.Count(l => l.Outcome == ImportOutcome.Create);
    public int Updates => Lines.Count(l => l.Outcome == ImportOutcome.Update);
    public int Rejects => Lines.Count(l => l.Outcome == ImportOutcome.Reject);
}

internal sealed record ImportResult(int Created, int Updated, int Skipped);

/// <summary>
/// 知识导入 (CenterAdmin): a county's existing knowledge base comes in as published articles of its units. The dry run
/// says what each row would do; the import writes everything in one transaction, and refuses when any row is invalid
/// unless the admin chose to import only the valid rows. A row updates the unit's article of the same title.
/// </summary>
internal sealed class KnowledgeImport(
    IDbContextFactory<KnowledgeDbContext> contexts,
    ICategoryCatalog catalog,
    IUnitDirectory units,
    AdminGuard guard,
    TimeProvider clock)
{
    public const string AuditAction = "导入知识库";

    public async Task<ImportPlan> PlanAsync(IReadOnlyList<ImportRow> rows, CancellationToken ct = default)
    {
        await guard.RequireAdminAsync();
        return await PlanCoreAsync(rows, ct);
    }

    public async Task<ImportResult> ImportAsync(IReadOnlyList<ImportRow> rows, bool validRowsOnly, CancellationToken ct = default)
    {
        var actor = await guard.RequireAdminAsync();
        var plan = await PlanCoreAsync(rows, ct);
        if (plan.Rejects > 0 && !validRowsOnly)
            throw new BusinessRuleException($"有 {plan.Rejects} 行不能导入（见预检结果），未导入任何内容。可修改文件后重新上传，或选择“仅导入有效行”。");
        if (plan.Creates + plan.Updates == 0)
            throw new BusinessRuleException("没有可以导入的行。");

        var now = clock.GetUtcNow().UtcDateTime;
        var by = $"{actor.UserName}（导入）";
        await using var db = await contexts.CreateDbContextAsync(ct);
        var updating = plan.Lines.Where(l => l.ArticleId is not null).Select(l => l.ArticleId!.Value).ToList();
        var existing = await db.Articles.Where(a => updating.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        foreach (var line in plan.Lines.Where(l => l.Outcome != ImportOutcome.Reject))
        {
            var article = line.ArticleId is { } id ? existing[id] : Article.Draft(line.UnitId, line.Content!, now, by);
            if (line.ArticleId is null)
                db.Articles.Add(article);
            else
                article.Edit(article.UnitId, line.Content!, now, by);
            // Imported knowledge was reviewed where it came from: it is published as the admin's import, on the record.
            article.Submit(article.UnitId, now, by);
            var version = article.Approve(needsSecondReview: false, now, by)!;
            db.Versions.Add(version);
            db.Publish(new ArticlePublished(article.Id, version.Number, article.UnitId, article.CategoryId), clock);
        }
        db.Audit(actor, clock, AuditAction, "Article", null, $"新建 {plan.Creates} 条，更新 {plan.Updates} 条，跳过无效 {plan.Rejects} 条");
        await db.SaveChangesAsync(ct);
        return new ImportResult(plan.Creates, plan.Updates, plan.Rejects);
    }

    private async Task<ImportPlan> PlanCoreAsync(IReadOnlyList<ImportRow> rows, CancellationToken ct)
    {
        var categories = await catalog.ActiveCategoriesAsync(ct);
        var unitList = (await units.ActiveUnitsAsync(ct)).Where(u => u.Type != UnitType.Center).ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var titles = rows.Select(r => r.Title?.Trim()).OfType<string>().Distinct().ToList();
        var sameTitle = await db.Articles.AsNoTracking().Where(a => titles.Contains(a.Title))
            .Select(a => new { a.Id, a.Title, a.UnitId, a.Status }).ToListAsync(ct);
        var seen = new Dictionary<(Guid, string), int>();
        var lines = new List<ImportLine>();
        foreach (var row in rows)
        {
            var title = row.Title?.Trim() ?? "";
            var category = FindCategory(categories, row.Category);
            var unit = FindUnit(unitList, row.Unit);
            ImportLine Reject(string reason) => new(row.Line, title, ImportOutcome.Reject, reason, unit?.Name, category?.PathName);
            if (category is null)
            {
                lines.Add(Reject(string.IsNullOrWhiteSpace(row.Category) ? "缺少事项分类。" : $"事项分类“{row.Category}”不存在（填分类编码或完整路径，如“城乡建设 / 物业管理”）。"));
                continue;
            }
            if (unit is null)
            {
                lines.Add(Reject(string.IsNullOrWhiteSpace(row.Unit) ? "缺少单位。" : $"单位“{row.Unit}”不存在或已停用（填单位编码或全称）。"));
                continue;
            }
            if (!TryFlag(row.Public, out var isPublic) || !TryDate(row.EffectiveFrom, out var from) || !TryDate(row.ExpiresOn, out var to))
            {
                lines.Add(Reject(!TryFlag(row.Public, out _) ? $"“是否公开”应填 是/否，而不是“{row.Public}”。" : "日期格式应为 2026-01-31。"));
                continue;
            }
            ArticleContent content;
            try
            {
                content = ArticleRules.Checked(new ArticleContent
                {
                    Title = title, Body = row.Body ?? "", CategoryId = category.Id, Keywords = row.Keywords, IsPublic = isPublic,
                    EffectiveFrom = from, ExpiresOn = to,
                });
            }
            catch (BusinessRuleException ex)
            {
                lines.Add(Reject(ex.Message));
                continue;
            }
            if (seen.TryGetValue((unit.Id, content.Title), out var first))
            {
                lines.Add(Reject($"与第 {first} 行标题重复（同一单位）。"));
                continue;
            }
            seen[(unit.Id, content.Title)] = row.Line;
            var current = sameTitle.FirstOrDefault(a => a.UnitId == unit.Id && a.Title == content.Title);
            if (current is { Status: ArticleStatus.Submitted or ArticleStatus.InReview })
            {
                lines.Add(Reject("该单位同名知识正在审核中，审核结束后再导入。"));
                continue;
            }
            lines.Add(new ImportLine(row.Line, content.Title, current is null ? ImportOutcome.Create : ImportOutcome.Update, null, unit.Name, category.PathName)
            {
                UnitId = unit.Id, ArticleId = current?.Id, Content = content,
            });
        }
        return new ImportPlan(lines);
    }

    private static CategoryInfo? FindCategory(IReadOnlyList<CategoryInfo> categories, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var key = Normalize(text);
        return categories.FirstOrDefault(c => string.Equals(c.Code, text.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? categories.FirstOrDefault(c => Normalize(c.PathName) == key)
            ?? categories.SingleOrDefaultIfUnique(c => c.Name == text.Trim());
    }

    private static UnitInfo? FindUnit(IReadOnlyList<UnitInfo> list, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var t = text.Trim();
        return list.FirstOrDefault(u => string.Equals(u.Code, t, StringComparison.OrdinalIgnoreCase)) ?? list.SingleOrDefaultIfUnique(u => u.Name == t);
    }

    private static string Normalize(string path) => string.Concat(path.Where(c => !char.IsWhiteSpace(c))).Replace('／', '/').Replace('>', '/');

    private static bool TryFlag(string? text, out bool value)
    {
        value = false;
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "否" or "不公开" or "内部" or "false" or "0" or "no":
                return true;
            case "是" or "公开" or "true" or "1" or "yes":
                value = true;
                return true;
            default:
                return false;
        }
    }

    private static bool TryDate(string? text, out DateOnly? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        if (!DateOnly.TryParseExact(text.Trim()[..Math.Min(text.Trim().Length, 10)].Replace('/', '-').Replace('.', '-'), ["yyyy-MM-dd", "yyyy-M-d"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return false;
        value = d;
        return true;
    }
}

internal static class UniqueMatch
{
    /// <summary>The one element matching, or null when none or several do (a name two units share is not a match).</summary>
    public static T? SingleOrDefaultIfUnique<T>(this IEnumerable<T> items, Func<T, bool> predicate) where T : class
    {
        var found = items.Where(predicate).Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }
}
