using Hotline.Intake.CaseIndex;
using Hotline.Intake.CaseSearch;
using Hotline.Intake.Contracts;
using Hotline.Intake.Decisions;
using Hotline.Intake.Persistence;
using Hotline.Platform;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Intake;

/// <summary>The case list's keyword search through the Lucene case index (issue #21): "contains" as agents expect it, never a table scan.</summary>
public abstract class CaseKeywordSearchTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private async Task<CasePage> SearchAsync(CaseListFilter filter)
    {
        for (var i = 0; i < 100 && !app.Services.GetRequiredService<CaseTextIndex>().IsReady; i++)
            await Task.Delay(100);
        Assert.True(app.Services.GetRequiredService<CaseTextIndex>().IsReady, "the case index never became ready");
        return await app.AsUserAsync("agent", sp => sp.GetRequiredService<CaseQueries>().ListAsync(filter, CaseSort.RegisteredDesc, 0, 20));
    }

    [Fact]
    public async Task A_keyword_finds_the_cases_that_contain_it_as_written_right_after_registration()
    {
        var noise = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13600000101", content: "索引测试楼道夜间施工噪音扰民，影响休息"));
        var water = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13600000102", content: "索引测试家中停水已超过一天"));

        Assert.Equal([noise.CaseNumber], (await SearchAsync(new() { Keyword = "噪音" })).Rows.Select(r => r.Number));
        Assert.Equal([noise.CaseNumber], (await SearchAsync(new() { Keyword = "施工噪音扰民" })).Rows.Select(r => r.Number));
        Assert.Empty((await SearchAsync(new() { Keyword = "噪扰" })).Rows);
        Assert.Equal([water.CaseNumber], (await SearchAsync(new() { Keyword = "停水" })).Rows.Select(r => r.Number));
        var both = await SearchAsync(new() { Keyword = "索引测试" });
        Assert.Equal([noise.CaseNumber, water.CaseNumber], both.Rows.Select(r => r.Number).Order());
        Assert.Equal(2, both.Total);
    }

    [Fact]
    public async Task A_single_character_and_the_address_are_found_too()
    {
        var input = await IntakeTestData.ComplaintAsync(app, phone: "13600000201", content: "单字测试：楼下鱼塘有异味");
        var result = await IntakeTestData.RegisterAsync(app, input with { Address = "渔湾村索引路18号" });

        Assert.Contains(result.CaseNumber, (await SearchAsync(new() { Keyword = "塘" })).Rows.Select(r => r.Number));
        Assert.Equal([result.CaseNumber], (await SearchAsync(new() { Keyword = "索引路" })).Rows.Select(r => r.Number));
    }

    [Fact]
    public async Task A_change_is_indexed_at_its_commit_however_late_and_a_rolled_back_one_never()
    {
        var registered = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13600000401", content: "提交测试：小区门口积水"));
        async Task ChangeContentAsync(string content, bool commit)
        {
            await app.WithScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<IntakeDbContext>();
                await using var tx = await db.Database.BeginTransactionAsync();
                (await db.Cases.SingleAsync(c => c.Id == registered.CaseId)).Content = content;
                await db.SaveChangesAsync();
                // Longer than the indexer gathers saves: it must not read the case back before the commit.
                await Task.Delay(1_500);
                if (commit)
                    await tx.CommitAsync();
                else
                    await tx.RollbackAsync();
            });
        }

        await ChangeContentAsync("提交测试：小区门口下水道堵塞", commit: true);
        Assert.Equal([registered.CaseNumber], (await SearchAsync(new() { Keyword = "下水道堵塞" })).Rows.Select(r => r.Number));
        Assert.Empty((await SearchAsync(new() { Keyword = "门口积水" })).Rows);

        await ChangeContentAsync("提交测试：路灯不亮", commit: false);
        await Task.Delay(1_000);
        Assert.Empty((await SearchAsync(new() { Keyword = "路灯不亮" })).Rows);
        Assert.Equal([registered.CaseNumber], (await SearchAsync(new() { Keyword = "下水道堵塞" })).Rows.Select(r => r.Number));
    }

    [Fact]
    public async Task The_other_filters_apply_to_a_keyword_search_and_follow_status_changes()
    {
        var accepted = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13600000301", content: "状态过滤测试：广场舞音响太吵"));
        var answered = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13600000302", content: "状态过滤测试：咨询广场舞场地"),
            new IntakeDecision.AnswerOnSpot("已告知可向街道办申请场地。", null));

        Assert.Equal([accepted.CaseNumber], (await SearchAsync(new() { Keyword = "状态过滤测试", Status = CaseStatus.Accepted })).Rows.Select(r => r.Number));
        Assert.Equal([answered.CaseNumber], (await SearchAsync(new() { Keyword = "状态过滤测试", Status = CaseStatus.AnsweredAtIntake })).Rows.Select(r => r.Number));
        Assert.Empty((await SearchAsync(new() { Keyword = "状态过滤测试", Channel = Channel.WeChat })).Rows);
    }

    [Fact]
    public async Task Punctuation_alone_is_refused_and_a_very_long_keyword_is_cut_not_scanned()
    {
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => SearchAsync(new() { Keyword = "，。！？…… ——" }));
        Assert.Equal("关键词需包含汉字、字母或数字。", refused.Message);

        var page = await SearchAsync(new() { Keyword = new string('噪', 10_000) });
        Assert.Empty(page.Rows);
    }
}

public sealed class SqliteCaseKeywordSearchTests(SqliteApp app) : CaseKeywordSearchTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbCaseKeywordSearchTests(MariaDbApp app) : CaseKeywordSearchTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;

/// <summary>Two processes on one data directory (the app and a command): the second searches the database until the index is free.</summary>
public sealed class CaseIndexLockTests
{
    [Fact]
    public void A_second_opener_waits_for_the_index_instead_of_failing()
    {
        var dir = Path.Combine(Path.GetTempPath(), "hotline-tests", Guid.NewGuid().ToString("N")[..12]);
        var hosting = new HostingOptions { DataDirectory = dir };
        try
        {
            var first = new CaseTextIndex(hosting);
            using var second = new CaseTextIndex(hosting);
            Assert.True(first.IsOpen);
            Assert.False(second.IsOpen);
            Assert.False(second.IsReady);
            Assert.Equal(0, second.Count);

            first.Dispose();
            Assert.True(second.TryOpen());
            Assert.True(second.IsOpen);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
