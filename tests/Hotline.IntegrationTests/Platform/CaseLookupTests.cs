using Hotline.IntegrationTests.Handling;
using Hotline.Intake.Contracts;
using Hotline.IntegrationTests.Intake;
using Hotline.Platform.Slots;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Platform;

/// <summary>
/// The header search (#18.2) through every module's lookup: center roles find any case by its number, its tail, the
/// caller's query code or words of the content; a member unit finds only its own assignments; nobody else finds any.
/// </summary>
public abstract class CaseLookupTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<IReadOnlyList<CaseLookupHit>> FindAsync(string user, string text) =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<CaseLookups>().FindAsync(text));

    [Fact]
    public async Task A_center_role_finds_a_case_by_number_tail_query_code_and_words()
    {
        var word = "查找" + Guid.NewGuid().ToString("N")[..6];
        var input = await IntakeTestData.ComplaintAsync(app, phone: "1370013" + Random.Shared.Next(1000, 9999), content: $"路口红绿灯损坏{word}，请尽快维修");
        var registered = await IntakeTestData.RegisterAsync(app, input with { SubmissionKey = Guid.NewGuid() });
        var href = $"/cases/{registered.CaseId}";

        var exact = await FindAsync("agent", registered.CaseNumber.ToLowerInvariant());
        Assert.Equal(href, CaseLookups.Direct(exact)?.Href);

        Assert.Contains(await FindAsync("dispatcher", registered.CaseNumber[^6..]), h => h.Href == href && !h.ExactNumber);
        Assert.Contains(await FindAsync("supervisor", registered.QueryCode!), h => h.Href == href);
        var byWord = Assert.Single(await FindAsync("assessor", word));
        Assert.Equal((href, registered.CaseNumber), (byWord.Href, byWord.CaseNumber));
    }

    [Fact]
    public async Task A_unit_finds_its_own_assignment_and_no_other_units_case()
    {
        var dispatched = await HandlingTestData.DispatchAsync(app, "1370014" + Random.Shared.Next(1000, 9999), withCo: false);

        var own = await FindAsync("zjj", dispatched.CaseNumber);
        Assert.Equal($"/unit/assignments/{dispatched.LeadId}", CaseLookups.Direct(own)?.Href);
        Assert.Contains(await FindAsync("zjj.mgr", dispatched.CaseNumber[^5..]), h => h.Href == $"/unit/assignments/{dispatched.LeadId}");

        Assert.Empty(await FindAsync("scjgj", dispatched.CaseNumber));
        Assert.Empty(await FindAsync("scjgj.mgr", dispatched.CaseNumber[^5..]));
        Assert.Empty(await FindAsync("scjgj", "电梯停运多日"));
    }

    [Fact]
    public async Task A_unit_finds_its_own_assignments_by_words_of_the_case_and_another_unit_does_not()
    {
        for (var i = 0; i < 100 && await app.Service<ICaseTextSearch>().NewestMatchingAsync("索引", 0, 1) is null; i++)
            await Task.Delay(100);
        var word = "渗水" + Guid.NewGuid().ToString("N")[..6];
        // Past the assignment's 200-character summary: only the case index can find it.
        var dispatched = await HandlingTestData.DispatchAsync(app, "1370015" + Random.Shared.Next(1000, 9999), withCo: true,
            content: string.Concat(Enumerable.Repeat("楼上卫生间漏水，", 30)) + $"{word}，墙面发霉");

        var lead = Assert.Single(await FindAsync("zjj", word));
        Assert.Equal(($"/unit/assignments/{dispatched.LeadId}", dispatched.CaseNumber, "本单位"), (lead.Href, lead.CaseNumber, lead.Source));
        Assert.Contains(await FindAsync("zjj.mgr", word), h => h.Href == $"/unit/assignments/{dispatched.LeadId}");
        Assert.Equal($"/unit/assignments/{dispatched.CoId}", Assert.Single(await FindAsync("scjgj", word)).Href);

        var alone = await HandlingTestData.DispatchAsync(app, "1370016" + Random.Shared.Next(1000, 9999), withCo: false,
            content: $"路灯不亮{word}");
        Assert.DoesNotContain(await FindAsync("scjgj", word), h => h.CaseNumber == alone.CaseNumber);
        Assert.Empty(await FindAsync("scjgj", "路灯不亮" + word));
        Assert.Equal(2, (await FindAsync("zjj", word)).Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\0\u202e")]
    public async Task Empty_or_control_text_finds_nothing(string text) =>
        Assert.Empty(await FindAsync("agent", text));

    [Fact]
    public async Task Hostile_text_is_a_plain_search_word()
    {
        foreach (var text in new[] { "' OR 1=1 --", "%_%", "<script>alert(1)</script>", new string('物', 10_000) })
            Assert.Empty(await FindAsync("agent", text));
    }
}

public sealed class SqliteCaseLookupTests(SqliteApp app) : CaseLookupTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbCaseLookupTests(MariaDbApp app) : CaseLookupTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
