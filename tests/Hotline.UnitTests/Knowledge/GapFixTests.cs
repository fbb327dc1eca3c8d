using Hotline.Knowledge.Domain;
using Hotline.Platform;
using Hotline.Platform.Rules;

namespace Hotline.UnitTests.Knowledge;

/// <summary>A gap's answer without a database: fixed by a new version (published, or submitted and then published), reopened when sent back.</summary>
public class GapFixTests
{
    private static readonly Guid Unit = Guid.NewGuid();
    private static readonly Guid ArticleId = Guid.NewGuid();
    private static readonly DateTime Reported = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);

    private static KnowledgeGap Gap() => new()
    {
        ArticleId = ArticleId, UnitId = Unit, Kind = GapKind.Inaccurate, Description = "标准已调整",
        ReportedBy = "agent", ReportedAtUtc = Reported, DueUtc = Reported.AddDays(7),
    };

    private static FixingArticle Article(DateTime? published, DateTime? submitted, Guid? unit = null) =>
        new(ArticleId, unit ?? Unit, "物业费收费标准", published is null ? null : 2, published, submitted);

    [Fact]
    public void A_note_without_a_version_since_the_report_is_refused_and_the_gap_stays_open()
    {
        var gap = Gap();
        var before = Assert.Throws<DomainRuleViolation>(() => gap.Fix(Article(Reported.AddHours(-1), null), "改好了", Reported.AddHours(1), "zjj"));
        Assert.Equal(KnowledgeGap.FixIsAVersion, before.Rule);
        Assert.Equal(GapStatus.Open, gap.Status);
        Assert.Null(gap.FixedAtUtc);
    }

    [Fact]
    public void On_the_gaps_own_article_only_a_version_after_the_one_reported_against_counts_even_at_the_same_instant()
    {
        var gap = Gap();
        gap.ReportedVersionNumber = 2;
        var same = Assert.Throws<DomainRuleViolation>(() => gap.Fix(Article(Reported, null), null, Reported, "zjj"));
        Assert.Equal(KnowledgeGap.FixIsAVersion, same.Rule);
        gap.Fix(Article(Reported, null) with { LastPublishedNumber = 3 }, null, Reported, "zjj");
        Assert.Equal((GapStatus.Fixed, "已发布《物业费收费标准》第 3 版"), (gap.Status, gap.FixNote));
    }

    [Fact]
    public void Another_units_article_never_fixes_the_gap()
    {
        var gap = Gap();
        var ex = Assert.Throws<DomainRuleViolation>(() => gap.Fix(Article(Reported.AddHours(1), null, Guid.NewGuid()), null, Reported.AddHours(2), "zjj"));
        Assert.Equal(KnowledgeGap.FixWithOwnArticle, ex.Rule);
    }

    [Fact]
    public void A_version_published_since_the_report_fixes_it_at_once_with_a_default_note()
    {
        var gap = Gap();
        gap.Fix(Article(Reported.AddHours(1), null), " ", Reported.AddHours(2), "zjj");
        Assert.Equal((GapStatus.Fixed, "已发布《物业费收费标准》第 2 版", Reported.AddHours(2), ArticleId), (gap.Status, gap.FixNote, gap.FixedAtUtc, gap.FixArticleId));
    }

    [Fact]
    public void A_submitted_version_waits_for_publication_and_counts_at_the_units_answer()
    {
        var gap = Gap();
        gap.Fix(Article(null, Reported.AddHours(1)), "已写明新标准", Reported.AddHours(2), "zjj.mgr");
        Assert.Equal(GapStatus.AwaitingPublication, gap.Status);
        Assert.False(gap.IsOverdueAt(Reported.AddDays(30)));
        Assert.Throws<BusinessRuleException>(() => gap.Decline("理由", Reported.AddHours(3), "zjj"));

        gap.VersionPublished(3);
        Assert.Equal((GapStatus.Fixed, "已写明新标准（第 3 版已发布）", Reported.AddHours(2)), (gap.Status, gap.FixNote, gap.FixedAtUtc));
        gap.VersionSentBack("迟到的退回", Reported.AddHours(4), "kbeditor");
        Assert.Equal(GapStatus.Fixed, gap.Status);
    }

    [Fact]
    public void A_version_sent_back_opens_the_gap_again_to_its_original_due_time()
    {
        var gap = Gap();
        gap.Fix(Article(null, Reported.AddHours(1)), null, Reported.AddHours(2), "zjj.mgr");
        gap.VersionSentBack("请写明调整后的标准", Reported.AddHours(5), "kbeditor");
        Assert.Equal((GapStatus.Open, (DateTime?)null, (Guid?)null, "新版本被退回修改：请写明调整后的标准", Reported.AddDays(7)),
            (gap.Status, gap.FixedAtUtc, gap.FixArticleId, gap.ReviewNote, gap.DueUtc));
        Assert.True(gap.IsOverdueAt(Reported.AddDays(8)));
        gap.VersionPublished(3);
        Assert.Equal(GapStatus.Open, gap.Status);
    }
}
