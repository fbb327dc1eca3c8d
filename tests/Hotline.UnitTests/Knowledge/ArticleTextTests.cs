using Hotline.Knowledge.Domain;
using Hotline.Knowledge.Shared;
using Hotline.Knowledge.Versions;

namespace Hotline.UnitTests.Knowledge;

public class ArticleTextTests
{
    [Fact]
    public void Markdown_renders_and_html_in_the_body_stays_inert()
    {
        var html = ArticleMarkdown.ToSafeHtml("## 办理流程\n\n1. 携带身份证\n\n<script>alert(1)</script><img src=x onerror=alert(2)>\n\n[点我](javascript:alert(3))");
        Assert.Contains("<h2", html);
        Assert.Contains("<li>", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void The_diff_shows_changed_lines_character_by_character_and_changed_fields()
    {
        var before = new ArticleContent { Title = "物业费标准", Body = "第一段不变。\n收费标准为每平方米1.2元。", CategoryId = Guid.Empty, IsPublic = false };
        var after = before with { Title = "物业服务费标准", Body = "第一段不变。\n收费标准为每平方米1.5元。\n新增一段。", IsPublic = true };
        var diff = VersionDiff.Between("第 1 版", before, "第 2 版", after);
        Assert.True(diff.HasChanges);
        Assert.Contains(diff.Fields, f => f is { Label: "标题", Before: "物业费标准", After: "物业服务费标准" });
        Assert.Contains(diff.Fields, f => f is { Label: "公开范围", Before: "内部", After: "公开" });
        Assert.DoesNotContain(diff.Fields, f => f.Label == "正文");
        Assert.Equal(DiffKind.Same, diff.Left[0].Kind);
        Assert.Equal(DiffKind.Modified, diff.Right[1].Kind);
        Assert.Contains(diff.Right[1].Pieces, p => p.Kind == DiffKind.Inserted && p.Text == "5");
        Assert.Contains(diff.Left[1].Pieces, p => p.Kind == DiffKind.Deleted && p.Text == "2");
        Assert.Contains(diff.Right, l => l.Kind == DiffKind.Inserted && l.Pieces[0].Text == "新增一段。");

        var oneLine = VersionDiff.Between("a", before with { Body = "每平方米1.2元。" }, "b", before with { Body = "每平方米1.5元。" });
        Assert.Contains(oneLine.Right[0].Pieces, p => p.Kind == DiffKind.Inserted && p.Text == "5");
        Assert.False(VersionDiff.Between("a", before, "b", before).HasChanges);
    }
}
