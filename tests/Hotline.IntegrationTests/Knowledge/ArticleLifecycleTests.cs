using Hotline.IntegrationTests.Handling.Outcomes;
using Hotline.Knowledge.Authoring;
using Hotline.Knowledge.Contracts;
using Hotline.Knowledge.Domain;
using Hotline.Knowledge.Persistence;
using Hotline.Knowledge.Review;
using Hotline.Knowledge.Settings;
using Hotline.Knowledge.Shared;
using Hotline.Knowledge.Versions;
using Hotline.Platform;
using Hotline.Platform.Identity;
using Hotline.Platform.Rules;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Knowledge.KnowledgeTestData;

namespace Hotline.IntegrationTests.Knowledge;

public abstract class ArticleLifecycleTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task Unit_drafts_manager_submits_editor_publishes_and_the_version_is_kept_with_its_event()
    {
        var id = await DraftAsync(app, await InputAsync(app, "物业费收费标准<script>alert(1)</script>"));
        var handlerCannotSubmit = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => SubmitAsync(app, id, "zjj"));
        Assert.Contains("无权", handlerCannotSubmit.Message);
        await SubmitAsync(app, id);
        var version = (await ArticleAsync(app, id)).Version;
        await app.AsUserAsync("kbeditor", sp => sp.GetRequiredService<ArticleReviews>().StartAsync(id, version));
        Assert.Equal(ArticleStatus.InReview, (await ArticleAsync(app, id)).Status);
        Assert.Equal(1, await ApproveAsync(app, id));

        var article = await ArticleAsync(app, id);
        Assert.Equal((ArticleStatus.Published, 1), (article.Status, article.PublishedVersionNumber));
        var v1 = Assert.Single(await VersionsAsync(app, id));
        Assert.Equal(("zjj", "zjj.mgr", "kbeditor"), (v1.EditedBy, v1.SubmittedBy, v1.ApprovedBy));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, v1.PublishedAtUtc, TimeSpan.FromSeconds(1));
        await app.WithScopeAsync(async sp => Assert.True(await sp.GetRequiredService<KnowledgeDbContext>().Outbox
            .AnyAsync(m => m.EventType.EndsWith(nameof(ArticlePublished)) && m.Payload.Contains(id.ToString()))));

        // Stored as typed, shown inert: the page renders the title as text and the body through the sanitizer.
        var details = await app.AsUserAsync("agent", sp => sp.GetRequiredService<ArticleHistory>().DetailsAsync(id));
        Assert.Null(details.Working);
        Assert.Equal("物业费收费标准<script>alert(1)</script>", details.Live!.Title);
        Assert.Single(details.Versions);
    }

    [Fact]
    public async Task Another_unit_can_never_edit_submit_restore_or_withdraw_the_article()
    {
        var id = await PublishedAsync(app, "电梯年检要求");
        var version = (await ArticleAsync(app, id)).Version;
        var input = await InputAsync(app, "被他人修改");

        var edit = await Assert.ThrowsAsync<DomainRuleViolation>(() => app.AsUserAsync("scjgj", sp =>
            sp.GetRequiredService<ArticleAuthoring>().SaveAsync(id, version, input)));
        Assert.Equal(Article.OwnUnitOnly.Code, edit.Rule.Code);
        await Assert.ThrowsAsync<DomainRuleViolation>(() => app.AsUserAsync("scjgj.mgr", sp =>
            sp.GetRequiredService<ArticleAuthoring>().SubmitAsync(id, version)));
        await Assert.ThrowsAsync<DomainRuleViolation>(() => app.AsUserAsync("scjgj.mgr", sp =>
            sp.GetRequiredService<ArticleAuthoring>().RestoreAsync(id, version, 1)));
        await Assert.ThrowsAsync<DomainRuleViolation>(() => app.AsUserAsync("scjgj.mgr", sp =>
            sp.GetRequiredService<ArticleAuthoring>().WithdrawAsync(id, version, "不是我们的")));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("agent", sp =>
            sp.GetRequiredService<ArticleAuthoring>().DraftAsync(input)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("zjj.mgr", sp =>
            sp.GetRequiredService<ArticleReviews>().ApproveAsync(id, version)));

        var theirs = await app.AsUserAsync("scjgj", sp => sp.GetRequiredService<UnitArticleList>().ListAsync(new ArticleFilter { Take = 200 }));
        Assert.DoesNotContain(theirs.Rows, r => r.Id == id);
        var diff = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("scjgj", sp =>
            sp.GetRequiredService<ArticleHistory>().DiffAsync(id, 1, null)));
        Assert.Contains("所属单位", diff.Message);
        Assert.Equal((ArticleStatus.Published, "zjj"), ((await ArticleAsync(app, id)).Status, (await ArticleAsync(app, id)).UpdatedBy));
    }

    [Fact]
    public async Task Drafts_are_visible_only_to_their_unit_and_the_editors()
    {
        var id = await DraftAsync(app, await InputAsync(app, "尚未发布的草稿"));
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("agent", sp => sp.GetRequiredService<ArticleHistory>().DetailsAsync(id)));
        Assert.Equal(KnowledgeLoad.NotFound, refused.Message);
        await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("scjgj", sp => sp.GetRequiredService<ArticleHistory>().DetailsAsync(id)));
        Assert.NotNull((await app.AsUserAsync("zjj", sp => sp.GetRequiredService<ArticleHistory>().DetailsAsync(id))).Working);
        Assert.NotNull((await app.AsUserAsync("kbeditor", sp => sp.GetRequiredService<ArticleHistory>().DetailsAsync(id))).Working);
    }

    [Fact]
    public async Task The_loser_of_two_edits_is_told_what_differs_and_nothing_of_theirs_is_saved()
    {
        var id = await DraftAsync(app, await InputAsync(app, "燃气开户办理"));
        var seen = (await ArticleAsync(app, id)).Version;
        var mine = await InputAsync(app, "燃气开户办理", body: "携带房产证和身份证到营业厅办理。");
        var theirs = await InputAsync(app, "燃气开户办理流程", body: "可在网上营业厅办理。");

        await app.AsUserAsync("zjj.mgr", sp => sp.GetRequiredService<ArticleAuthoring>().SaveAsync(id, seen, theirs));
        var conflict = await Assert.ThrowsAsync<ArticleConflict>(() => app.AsUserAsync("zjj", sp =>
            sp.GetRequiredService<ArticleAuthoring>().SaveAsync(id, seen, mine)));
        Assert.Equal("zjj.mgr", conflict.ChangedBy);
        Assert.Equal(["标题", "正文"], conflict.ChangedFields);
        Assert.Equal("燃气开户办理流程", conflict.Current.Title);
        Assert.Contains("zjj.mgr", conflict.Message);
        Assert.Equal("可在网上营业厅办理。", (await ArticleAsync(app, id)).Body);

        // With the current version the user's text goes through.
        await app.AsUserAsync("zjj", sp => sp.GetRequiredService<ArticleAuthoring>().SaveAsync(id, conflict.CurrentVersion, mine));
        Assert.Equal("携带房产证和身份证到营业厅办理。", (await ArticleAsync(app, id)).Body);
    }

    [Fact]
    public async Task Two_editors_approving_at_once_publish_one_version()
    {
        var id = await DraftAsync(app, await InputAsync(app, "停水通知查询"));
        await SubmitAsync(app, id);
        var seen = (await ArticleAsync(app, id)).Version;
        await app.AsUserAsync("kbeditor", sp => sp.GetRequiredService<ArticleReviews>().ApproveAsync(id, seen));
        var late = await Assert.ThrowsAsync<ArticleConflict>(() => app.AsUserAsync("kbeditor", sp => sp.GetRequiredService<ArticleReviews>().ApproveAsync(id, seen)));
        Assert.Contains("修改", late.Message);
        Assert.Single(await VersionsAsync(app, id));
    }

    [Fact]
    public async Task Send_back_edit_resubmit_and_a_second_version_with_diff_and_restore()
    {
        var id = await PublishedAsync(app, "公积金提取条件");
        var v = (await ArticleAsync(app, id)).Version;
        var edited = await InputAsync(app, "住房公积金提取条件", body: "住宅物业服务费实行政府指导价，一级服务每月每平方米 1.5 元。\n新增：可线上办理。");
        await app.AsUserAsync("zjj", sp => sp.GetRequiredService<ArticleAuthoring>().SaveAsync(id, v, edited));
        await SubmitAsync(app, id);
        var sendBackEmpty = await Assert.ThrowsAsync<DomainRuleViolation>(() => app.AsUserAsync("kbeditor", async sp =>
            await sp.GetRequiredService<ArticleReviews>().SendBackAsync(id, (await ArticleAsync(app, id)).Version, "")));
        Assert.Equal(Article.SendBackNeedsComment.Code, sendBackEmpty.Rule.Code);
        await app.AsUserAsync("kbeditor", async sp =>
            await sp.GetRequiredService<ArticleReviews>().SendBackAsync(id, (await ArticleAsync(app, id)).Version, "请注明文件依据。"));
        var back = await ArticleAsync(app, id);
        Assert.Equal((ArticleStatus.Draft, "请注明文件依据。", 1), (back.Status, back.ReviewNote, back.PublishedVersionNumber));

        await SubmitAsync(app, id);
        Assert.Equal(2, await ApproveAsync(app, id));
        var diff = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<ArticleHistory>().DiffAsync(id, 1, 2));
        Assert.Contains(diff.Fields, f => f is { Label: "标题", Before: "公积金提取条件", After: "住房公积金提取条件" });
        Assert.Contains(diff.Right, l => l.Kind == Hotline.Knowledge.Versions.DiffKind.Inserted);

        await app.AsUserAsync("zjj", async sp => await sp.GetRequiredService<ArticleAuthoring>().RestoreAsync(id, (await ArticleAsync(app, id)).Version, 1));
        var restored = await ArticleAsync(app, id);
        Assert.Equal((ArticleStatus.Draft, "公积金提取条件", 2), (restored.Status, restored.Title, restored.PublishedVersionNumber));
        Assert.Equal(2, (await VersionsAsync(app, id)).Count);
        var history = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<ArticleHistory>().DetailsAsync(id));
        Assert.Equal([2, 1], history.Versions.Select(x => x.Number));
        Assert.True(history.Versions[0].IsLive);
    }

    [Fact]
    public async Task A_category_set_for_two_reviewers_needs_a_second_different_editor()
    {
        await OutcomeTestData.EnsureUserAsync(app, "kbeditor2", HotlineRoles.KnowledgeEditor, "ZX");
        var category = await CategoryAsync(app, "C0603");
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<KnowledgeSettingsService>()
            .SaveAsync(new KnowledgeSettings { SecondReviewCategoryIds = [category] }));
        try
        {
            var id = await DraftAsync(app, await InputAsync(app, "医保异地就医备案", categoryCode: "C0603"));
            await SubmitAsync(app, id);
            Assert.Null(await ApproveAsync(app, id));
            Assert.Equal((ArticleStatus.InReview, "kbeditor"), ((await ArticleAsync(app, id)).Status, (await ArticleAsync(app, id)).FirstApprovedBy));
            var same = await Assert.ThrowsAsync<DomainRuleViolation>(() => ApproveAsync(app, id));
            Assert.Equal(Article.SecondReviewerDiffers.Code, same.Rule.Code);
            Assert.Equal(1, await ApproveAsync(app, id, "kbeditor2"));
            Assert.Equal("kbeditor、kbeditor2", Assert.Single(await VersionsAsync(app, id)).ApprovedBy);
        }
        finally
        {
            await app.AsUserAsync("admin", sp => sp.GetRequiredService<KnowledgeSettingsService>().SaveAsync(new KnowledgeSettings()));
        }
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_Chinese_message_and_nothing_is_saved()
    {
        var before = await app.WithScopeAsync(sp => sp.GetRequiredService<KnowledgeDbContext>().Articles.CountAsync());
        var huge = await InputAsync(app, "超长正文", body: new string('文', 200_000));
        var limit = await Assert.ThrowsAsync<DomainRuleViolation>(() => DraftAsync(app, huge));
        Assert.Contains("不能超过 100,000 个字符", limit.Message);
        var noCategory = await InputAsync(app, "无分类");
        noCategory.CategoryId = Guid.NewGuid();
        Assert.Equal("所选事项分类不存在或已停用。", (await Assert.ThrowsAsync<BusinessRuleException>(() => DraftAsync(app, noCategory))).Message);
        Assert.Equal(before, await app.WithScopeAsync(sp => sp.GetRequiredService<KnowledgeDbContext>().Articles.CountAsync()));

        var full = await DraftAsync(app, await InputAsync(app, "十万字正文", body: new string('文', 100_000)));
        Assert.Equal(100_000, (await ArticleAsync(app, full)).Body.Length);
    }

    [Fact]
    public async Task Withdrawal_and_expiry_leave_the_history_and_publish_the_retirement()
    {
        var id = await PublishedAsync(app, "校外培训退费");
        var v = (await ArticleAsync(app, id)).Version;
        await app.AsUserAsync("zjj.mgr", sp => sp.GetRequiredService<ArticleAuthoring>().WithdrawAsync(id, v, "政策已调整"));
        var a = await ArticleAsync(app, id);
        Assert.Equal((ArticleStatus.Withdrawn, (int?)null), (a.Status, a.PublishedVersionNumber));
        Assert.Single(await VersionsAsync(app, id));

        var other = await PublishedAsync(app, "供暖收费时间");
        await app.AsUserAsync("kbeditor", async sp => await sp.GetRequiredService<ArticleReviews>().ExpireAsync(other, (await ArticleAsync(app, other)).Version));
        Assert.Equal(ArticleStatus.Expired, (await ArticleAsync(app, other)).Status);
        await app.WithScopeAsync(async sp => Assert.Equal(2, await sp.GetRequiredService<KnowledgeDbContext>().Outbox
            .CountAsync(m => m.EventType.EndsWith(nameof(ArticleRetired)) && (m.Payload.Contains(id.ToString()) || m.Payload.Contains(other.ToString())))));
    }
}

public sealed class SqliteArticleLifecycleTests(SqliteApp app) : ArticleLifecycleTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbArticleLifecycleTests(MariaDbApp app) : ArticleLifecycleTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
