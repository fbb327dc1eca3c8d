using Hotline.IntegrationTests.Intake;
using Hotline.Knowledge.Import;
using Hotline.Knowledge.Settings;
using Hotline.Knowledge.Upkeep;
using Hotline.Platform;
using Hotline.Platform.Catalog;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Knowledge;

/// <summary>知识维护提醒: the owning unit sees what expires within 30 days, what nobody touched for the set months, and what to add.</summary>
public abstract class KnowledgeUpkeepTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<UpkeepView> UpkeepAsync(string user = "zjj") => app.AsUserAsync(user, sp => sp.GetRequiredService<KnowledgeUpkeep>().ForMyUnitAsync());

    [Fact]
    public async Task A_published_article_past_its_expiry_date_becomes_expired_once_and_an_article_under_revision_keeps_its_state()
    {
        var today = Hotline.Platform.Time.ChinaTime.DateOf(app.Clock.GetUtcNow().UtcDateTime);
        async Task<Guid> ExpiringAsync(string title)
        {
            var input = await KnowledgeTestData.InputAsync(app, title);
            input.ExpiresOn = today.ToDateTime(TimeOnly.MinValue);
            var id = await KnowledgeTestData.DraftAsync(app, input);
            await KnowledgeTestData.SubmitAsync(app, id);
            await KnowledgeTestData.ApproveAsync(app, id);
            return id;
        }
        var lapsing = await ExpiringAsync("到期失效测试：旧收费文件");
        var revising = await ExpiringAsync("到期失效测试：修订中的知识");
        var article = await KnowledgeTestData.ArticleAsync(app, revising);
        var input = await KnowledgeTestData.InputAsync(app, article.Title, article.Body + "（修订中）");
        await app.AsUserAsync("zjj", sp => sp.GetRequiredService<Hotline.Knowledge.Authoring.ArticleAuthoring>().SaveAsync(revising, article.Version, input));

        // Valid through its expiry day; the next day it is no longer.
        await app.WithScopeAsync(sp => sp.GetRequiredService<ArticleExpirySweep>().RunAsync());
        Assert.Equal(Hotline.Knowledge.Domain.ArticleStatus.Published, (await KnowledgeTestData.ArticleAsync(app, lapsing)).Status);
        app.Clock.Advance(TimeSpan.FromDays(1));
        // The hosted worker wakes on the advanced fake clock too and may sweep first: either way the article expires once.
        await app.WithScopeAsync(sp => sp.GetRequiredService<ArticleExpirySweep>().RunAsync());
        var expired = await KnowledgeTestData.ArticleAsync(app, lapsing);
        Assert.Equal((Hotline.Knowledge.Domain.ArticleStatus.Expired, (int?)null), (expired.Status, expired.PublishedVersionNumber));
        Assert.Equal(Hotline.Knowledge.Domain.ArticleStatus.Draft, (await KnowledgeTestData.ArticleAsync(app, revising)).Status);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Hotline.Knowledge.Persistence.KnowledgeDbContext>();
            Assert.Equal(1, await db.Outbox.CountAsync(m => m.EventType.EndsWith("ArticleRetired") && m.Payload.Contains(lapsing.ToString())));
            Assert.Equal(1, await db.AuditLog.CountAsync(e => e.Action == "知识到期失效" && e.ObjectId == lapsing.ToString() && e.UserName == "系统"));
        });
    }

    [Fact]
    public async Task A_unit_is_reminded_of_expiring_and_untouched_articles_and_of_a_rising_category_with_little_knowledge()
    {
        var today = Hotline.Platform.Time.ChinaTime.DateOf(app.Clock.GetUtcNow().UtcDateTime);
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<KnowledgeImport>().ImportAsync(
        [
            new ImportRow(2, "房屋安全鉴定申请（维护提醒）", "向县住建局申请房屋安全鉴定。", "C0103", "ZJJ", null, "是", null, today.AddDays(20).ToString("yyyy-MM-dd")),
            new ImportRow(3, "老旧小区改造政策（维护提醒）", "老旧小区改造的对象和内容。", "C0104", "ZJJ", null, "是", null, null),
            new ImportRow(4, "公积金提取（他单位）", "他单位的知识。", "C0105", "GJJ", null, "是", null, today.AddDays(5).ToString("yyyy-MM-dd")),
        ], validRowsOnly: false));

        var view = await UpkeepAsync();
        Assert.Equal("房屋安全鉴定申请（维护提醒）", Assert.Single(view.Expiring, a => a.Title.EndsWith("（维护提醒）")).Title);
        Assert.DoesNotContain(view.Expiring, a => a.Title == "公积金提取（他单位）");
        Assert.DoesNotContain(view.Stale, a => a.Title.EndsWith("（维护提醒）"));

        // Five complaints about house safety in the last 30 days, none before, few articles: knowledge to add.
        var category = (await app.Service<ICategoryCatalog>().ActiveCategoriesAsync()).Single(c => c.Code == "C0103");
        for (var i = 0; i < KnowledgeUpkeep.MinRecentCases; i++)
        {
            var input = await IntakeTestData.ComplaintAsync(app, phone: $"1390000{7100 + i}", content: $"楼板开裂第{i}处，担心房屋安全");
            await IntakeTestData.RegisterAsync(app, input with { CategoryId = category.Id });
        }
        var add = Assert.Single((await UpkeepAsync()).ToAdd, t => t.CategoryId == category.Id);
        Assert.Equal((KnowledgeUpkeep.MinRecentCases, 0), (add.Recent, add.Before));
        Assert.InRange(add.Articles, 1, KnowledgeUpkeep.FewArticles);

        // Thirteen months on, the untouched articles are listed for a check; the setting changes how long is too long.
        app.Clock.Advance(TimeSpan.FromDays(400));
        Assert.Contains((await UpkeepAsync()).Stale, a => a.Title == "老旧小区改造政策（维护提醒）");
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<KnowledgeSettingsService>().SaveAsync(new KnowledgeSettings { StaleMonths = 24 }));
        Assert.DoesNotContain((await UpkeepAsync()).Stale, a => a.Title == "老旧小区改造政策（维护提醒）");
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.AsUserAsync("admin", sp => sp.GetRequiredService<KnowledgeSettingsService>().SaveAsync(new KnowledgeSettings { StaleMonths = 0 })));
        Assert.Contains("1 到 60", refused.Message);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => UpkeepAsync("agent"));
    }
}

public sealed class SqliteKnowledgeUpkeepTests(SqliteApp app) : KnowledgeUpkeepTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbKnowledgeUpkeepTests(MariaDbApp app) : KnowledgeUpkeepTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
