using Hotline.Knowledge.Domain;
using Hotline.Platform;
using Hotline.Platform.Rules;

namespace Hotline.UnitTests.Knowledge;

public class ArticleLifecycleTests
{
    private static readonly Guid Unit = Guid.NewGuid();
    private static readonly Guid OtherUnit = Guid.NewGuid();
    private static readonly DateTime T0 = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);

    private static ArticleContent Content(string title = "物业费收费标准", string body = "住宅物业服务费实行政府指导价。") =>
        new() { Title = title, Body = body, CategoryId = Guid.NewGuid(), Keywords = "物业费, 收费标准 物业费", IsPublic = true };

    private static Article Draft() => Article.Draft(Unit, Content(), T0, "zjj");

    private static Article Published()
    {
        var a = Draft();
        a.Submit(Unit, T0, "zjj.mgr");
        a.Approve(false, T0, "kbeditor");
        return a;
    }

    [Fact]
    public void A_draft_is_tidied_and_belongs_to_its_unit()
    {
        var a = Article.Draft(Unit, Content(title: "  物业费收费标准 "), T0, "zjj");
        Assert.Equal(ArticleStatus.Draft, a.Status);
        Assert.Equal(Unit, a.UnitId);
        Assert.Equal("物业费收费标准", a.Title);
        Assert.Equal("物业费，收费标准", a.Keywords);
        Assert.Null(a.PublishedVersionNumber);
        Assert.Equal("zjj", a.CreatedBy);
    }

    [Fact]
    public void Submit_then_approve_publishes_version_1_with_who_and_when()
    {
        var a = Draft();
        a.Submit(Unit, T0.AddHours(1), "zjj.mgr");
        Assert.Equal(ArticleStatus.Submitted, a.Status);
        a.StartReview(T0.AddHours(2), "kbeditor");
        Assert.Equal(ArticleStatus.InReview, a.Status);
        var v = a.Approve(false, T0.AddHours(3), "kbeditor")!;
        Assert.Equal(ArticleStatus.Published, a.Status);
        Assert.Equal(1, v.Number);
        Assert.Equal(1, a.PublishedVersionNumber);
        Assert.Equal(("zjj", "zjj.mgr", "kbeditor", T0.AddHours(3)), (v.EditedBy, v.SubmittedBy, v.ApprovedBy, v.PublishedAtUtc));
        Assert.Equal(a.Title, v.Title);
    }

    [Fact]
    public void Another_units_article_can_never_be_edited_or_submitted()
    {
        var a = Draft();
        Assert.Equal(Article.OwnUnitOnly, Assert.Throws<DomainRuleViolation>(() => a.Edit(OtherUnit, Content(), T0, "scjgj")).Rule);
        Assert.Equal(Article.OwnUnitOnly, Assert.Throws<DomainRuleViolation>(() => a.Submit(OtherUnit, T0, "scjgj.mgr")).Rule);
        Assert.Equal(ArticleStatus.Draft, a.Status);
    }

    [Fact]
    public void Only_a_draft_is_submitted_and_nothing_is_edited_while_in_review()
    {
        var a = Draft();
        a.Submit(Unit, T0, "zjj.mgr");
        Assert.Equal(Article.MaySubmit, Assert.Throws<DomainRuleViolation>(() => a.Submit(Unit, T0, "zjj.mgr")).Rule);
        Assert.Equal(Article.MayEdit, Assert.Throws<DomainRuleViolation>(() => a.Edit(Unit, Content(), T0, "zjj")).Rule);
        a.StartReview(T0, "kbeditor");
        Assert.Equal(Article.MayEdit, Assert.Throws<DomainRuleViolation>(() => a.Edit(Unit, Content(), T0, "zjj")).Rule);
        Assert.Equal(Article.MayReview, Assert.Throws<DomainRuleViolation>(() => a.StartReview(T0, "kbeditor")).Rule);
    }

    [Fact]
    public void A_draft_cannot_be_reviewed()
    {
        var a = Draft();
        Assert.Equal(Article.MayReview, Assert.Throws<DomainRuleViolation>(() => a.Approve(false, T0, "kbeditor")).Rule);
        Assert.Equal(Article.MayReview, Assert.Throws<DomainRuleViolation>(() => a.SendBack("补充依据", T0, "kbeditor")).Rule);
        Assert.Equal(Article.MayReview, Assert.Throws<DomainRuleViolation>(() => a.StartReview(T0, "kbeditor")).Rule);
    }

    [Fact]
    public void Send_back_needs_comments_and_returns_the_draft_to_the_unit()
    {
        var a = Draft();
        a.Submit(Unit, T0, "zjj.mgr");
        Assert.Equal(Article.SendBackNeedsComment, Assert.Throws<DomainRuleViolation>(() => a.SendBack("  ", T0, "kbeditor")).Rule);
        a.SendBack("请补充文件依据的文号。", T0, "kbeditor");
        Assert.Equal(ArticleStatus.Draft, a.Status);
        Assert.Equal("请补充文件依据的文号。", a.ReviewNote);
        a.Edit(Unit, Content() with { PolicyNumber = "清价〔2024〕3号" }, T0, "zjj");
        a.Submit(Unit, T0, "zjj.mgr");
        Assert.Equal(ArticleStatus.Submitted, a.Status);
    }

    [Fact]
    public void A_second_reviewer_must_be_another_editor()
    {
        var a = Draft();
        a.Submit(Unit, T0, "zjj.mgr");
        Assert.Null(a.Approve(true, T0, "kbeditor"));
        Assert.Equal((ArticleStatus.InReview, "kbeditor"), (a.Status, a.FirstApprovedBy));
        Assert.Equal(Article.SecondReviewerDiffers, Assert.Throws<DomainRuleViolation>(() => a.Approve(true, T0, "kbeditor")).Rule);
        var v = a.Approve(true, T0, "kbeditor2")!;
        Assert.Equal("kbeditor、kbeditor2", v.ApprovedBy);
        Assert.Null(a.FirstApprovedBy);
    }

    [Fact]
    public void Editing_a_published_article_keeps_the_live_version_until_the_next_approval()
    {
        var a = Published();
        a.Edit(Unit, Content(title: "物业费收费标准（2026 年修订）"), T0.AddDays(1), "zjj");
        Assert.Equal((ArticleStatus.Draft, 1), (a.Status, a.PublishedVersionNumber));
        a.Submit(Unit, T0, "zjj.mgr");
        var v2 = a.Approve(false, T0.AddDays(2), "kbeditor")!;
        Assert.Equal((2, 2), (v2.Number, a.PublishedVersionNumber));
        Assert.Equal("物业费收费标准（2026 年修订）", v2.Title);
    }

    [Fact]
    public void Restore_makes_an_old_version_the_draft_without_publishing()
    {
        var a = Published();
        var v1 = ArticleVersion_Of(a);
        a.Edit(Unit, Content(body: "新的正文"), T0, "zjj");
        a.RestoreAsDraft(Unit, v1, T0, "zjj");
        Assert.Equal(ArticleStatus.Draft, a.Status);
        Assert.Equal(v1.Body, a.Body);
        Assert.Equal(1, a.PublishedVersionNumber);
        Assert.Equal(Article.OwnUnitOnly, Assert.Throws<DomainRuleViolation>(() => a.RestoreAsDraft(OtherUnit, v1, T0, "scjgj")).Rule);
    }

    [Fact]
    public void Withdraw_and_expire_take_the_live_version_out_of_use_once()
    {
        var a = Published();
        Assert.Throws<BusinessRuleException>(() => a.Withdraw(" ", T0, "zjj.mgr"));
        a.Withdraw("政策已调整", T0, "zjj.mgr");
        Assert.Equal((ArticleStatus.Withdrawn, (int?)null), (a.Status, a.PublishedVersionNumber));
        Assert.Equal(Article.MayRetire, Assert.Throws<DomainRuleViolation>(() => a.Withdraw("再次", T0, "zjj.mgr")).Rule);

        var b = Published();
        b.Expire(T0, "kbeditor");
        Assert.Equal((ArticleStatus.Expired, (int?)null), (b.Status, b.PublishedVersionNumber));
        Assert.Equal(Article.MayRetire, Assert.Throws<DomainRuleViolation>(() => b.Expire(T0, "kbeditor")).Rule);
        b.Edit(Unit, Content(), T0, "zjj");
        Assert.Equal(ArticleStatus.Draft, b.Status);
        Assert.Equal(Article.MayRetire, Assert.Throws<DomainRuleViolation>(() => Draft().Expire(T0, "kbeditor")).Rule);
    }

    [Fact]
    public void Content_limits_give_Chinese_messages()
    {
        var huge = new string('字', 200_000);
        var limit = Assert.Throws<DomainRuleViolation>(() => Article.Draft(Unit, Content(body: huge), T0, "zjj"));
        Assert.Equal(ArticleRules.BodyLimit.Code, limit.Rule.Code);
        Assert.Contains("不能超过 100,000 个字符", limit.Message);
        Article.Draft(Unit, Content(body: new string('字', 100_000)), T0, "zjj");
        Assert.Equal("请填写标题。", Assert.Throws<BusinessRuleException>(() => Article.Draft(Unit, Content(title: " "), T0, "zjj")).Message);
        Assert.Equal("请选择事项分类。", Assert.Throws<BusinessRuleException>(() =>
            Article.Draft(Unit, Content() with { CategoryId = Guid.Empty }, T0, "zjj")).Message);
        Assert.Equal(ArticleRules.ValidPeriod, Assert.Throws<DomainRuleViolation>(() => Article.Draft(Unit,
            Content() with { EffectiveFrom = new DateOnly(2026, 5, 1), ExpiresOn = new DateOnly(2026, 4, 1) }, T0, "zjj")).Rule);
        Assert.Contains("http", Assert.Throws<BusinessRuleException>(() =>
            Article.Draft(Unit, Content() with { PolicyLink = "javascript:alert(1)" }, T0, "zjj")).Message);
    }

    private static ArticleVersion ArticleVersion_Of(Article published)
    {
        // The version the last approval produced, rebuilt the way Approve builds it.
        var copy = Draft();
        copy.Id = published.Id;
        copy.Submit(Unit, T0, "zjj.mgr");
        return copy.Approve(false, T0, "kbeditor")!;
    }
}
