using Hotline.Knowledge.Domain;
using Hotline.Platform;
using Hotline.Platform.Rules;

namespace Hotline.UnitTests.Knowledge;

/// <summary>Files kept as version ranges: publishing copies nothing, removing closes or deletes, restoring reopens as new rows.</summary>
public class ArticleAttachmentTests
{
    private static readonly Guid Unit = Guid.NewGuid();
    private static readonly DateTime T0 = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);

    private static ArticleFile File(string name) => new(name, "application/pdf", 100, new string('a', 64));

    private static Article Draft() =>
        Article.Draft(Unit, new ArticleContent { Title = "物业费收费标准", Body = "正文", CategoryId = Guid.NewGuid() }, T0, "zjj");

    private static ArticleVersion Publish(Article a)
    {
        a.Submit(Unit, T0, "zjj.mgr");
        return a.Approve(false, T0, "kbeditor")!;
    }

    [Fact]
    public void A_published_version_keeps_its_files_while_the_next_draft_changes_them()
    {
        var a = Draft();
        var rows = a.Attach(Unit, [], [File("旧文件.pdf"), File("流程图.pdf")], T0, "zjj").ToList();
        Assert.All(rows, r => Assert.Equal((1, (int?)null), (r.FirstVersion, r.LastVersion)));
        var v1 = Publish(a);

        var old = rows[0];
        Assert.False(a.Detach(Unit, old, T0, "zjj"));
        Assert.Equal(ArticleStatus.Draft, a.Status);
        rows.AddRange(a.Attach(Unit, rows, [File("新文件.pdf")], T0, "zjj"));
        var v2 = Publish(a);

        Assert.Equal(["旧文件.pdf", "流程图.pdf"], rows.Where(r => r.IsInVersion(1)).Select(r => r.FileName));
        Assert.Equal(["流程图.pdf", "新文件.pdf"], rows.Where(r => r.IsInVersion(2)).Select(r => r.FileName));

        var changes = a.RestoreAsDraft(Unit, v1, T0, "zjj", rows);
        Assert.Empty(changes.Deleted);
        var returned = Assert.Single(changes.Added);
        Assert.Equal(("旧文件.pdf", 3, (int?)null), (returned.FileName, returned.FirstVersion, returned.LastVersion));
        rows.AddRange(changes.Added);
        Assert.Equal(["流程图.pdf", "旧文件.pdf"], rows.Where(r => r.IsInWorkingCopy).Select(r => r.FileName));
        Assert.Equal(["流程图.pdf", "新文件.pdf"], rows.Where(r => r.IsInVersion(v2.Number)).Select(r => r.FileName));
    }

    [Fact]
    public void A_file_no_version_published_is_deleted_and_limits_and_review_are_enforced()
    {
        var a = Draft();
        var row = Assert.Single(a.Attach(Unit, [], [File("草稿.pdf")], T0, "zjj"));
        Assert.True(a.Detach(Unit, row, T0, "zjj"));

        var full = a.Attach(Unit, [], Enumerable.Range(0, Article.AttachmentMax).Select(i => File($"{i}.pdf")).ToList(), T0, "zjj");
        Assert.Contains("最多 10 个附件", Assert.Throws<BusinessRuleException>(() => a.Attach(Unit, full, [File("多.pdf")], T0, "zjj")).Message);
        Assert.Equal(Article.OwnUnitOnly, Assert.Throws<DomainRuleViolation>(() => a.Attach(Guid.NewGuid(), [], [File("他.pdf")], T0, "scjgj")).Rule);

        a.Submit(Unit, T0, "zjj.mgr");
        Assert.Equal(Article.MayEdit, Assert.Throws<DomainRuleViolation>(() => a.Attach(Unit, [], [File("审核中.pdf")], T0, "zjj")).Rule);
        Assert.Equal(Article.MayEdit, Assert.Throws<DomainRuleViolation>(() => a.Detach(Unit, full[0], T0, "zjj")).Rule);
    }
}
