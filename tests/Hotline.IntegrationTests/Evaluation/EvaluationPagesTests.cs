using System.Net;
using Hotline.Evaluation.OnlineRatings;
using Hotline.Evaluation.Contracts;
using Hotline.Evaluation.Domain;
using Hotline.Evaluation.Public;
using Hotline.IntegrationTests.Identity;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Evaluation.EvaluationTestData;

namespace Hotline.IntegrationTests.Evaluation;

/// <summary>The pages as a browser gets them: the public rating form over plain HTTP, and the staff pages rendered for their roles.</summary>
public abstract class EvaluationPagesTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private const string Password = "Demo@12345";

    [Fact]
    public async Task A_caller_rates_through_the_public_form_once()
    {
        var c = await RepliedAsync(app, "13100000001");
        await app.AsUserAsync("agent", sp => sp.GetRequiredService<RatingLinks>().SendAsync(c.CaseId, "http://localhost/"));
        var token = await SmsTokenAsync(app, "13100000001");
        using var browser = new BrowserSession(app);

        var page = await browser.GetAsync($"/public/rate/{token}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var form = await page.Content.ReadAsStringAsync();
        Assert.Contains(c.Number, form);

        var posted = await browser.SubmitFormAsync($"/public/rate/{token}", "public-rate", new()
        {
            ["Input.Resolved"] = "true",
            ["Input.Intake"] = nameof(Rating.Satisfied),
            ["Input.Handling"] = nameof(Rating.VerySatisfied),
            ["Input.Comment"] = "电梯已经修好",
        });
        var html = WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("感谢您的评价", html);
        var revisit = await LoadAsync(app, c.CaseId);
        Assert.Equal((RevisitState.Closed, Rating.VerySatisfied), (revisit!.State, revisit.HandlingRating));

        var again = await browser.GetAsync($"/public/rate/{token}");
        Assert.Contains(OnlineRating.UniformFailure, WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        var tampered = await browser.GetAsync($"/public/rate/{token[..^1]}{(token[^1] == 'A' ? 'B' : 'A')}");
        Assert.Contains(OnlineRating.UniformFailure, WebUtility.HtmlDecode(await tampered.Content.ReadAsStringAsync()));

        // Posting the old form again (a double submit) gets the same message, not an error page.
        var repost = await browser.PostFormAsync($"/public/rate/{token}", form, "public-rate", new()
        {
            ["Input.Resolved"] = "false",
            ["Input.Intake"] = nameof(Rating.Dissatisfied),
            ["Input.Handling"] = nameof(Rating.Dissatisfied),
        });
        Assert.Equal(HttpStatusCode.OK, repost.StatusCode);
        Assert.Contains(OnlineRating.UniformFailure, WebUtility.HtmlDecode(await repost.Content.ReadAsStringAsync()));
        Assert.Equal(Rating.VerySatisfied, (await LoadAsync(app, c.CaseId))!.HandlingRating);
    }

    [Theory]
    [InlineData("agent", "/evaluation/revisits", "回访队列")]
    [InlineData("supervisor", "/evaluation/supervision", "督办决定")]
    [InlineData("assessor", "/evaluation/figures", "满意度统计")]
    [InlineData("admin", "/admin/evaluation/settings", "回访设置")]
    public async Task Staff_pages_render_for_their_roles(string user, string url, string heading)
    {
        using var browser = new BrowserSession(app);
        await browser.SignInOrFailAsync(user, Password);
        var response = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(heading, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_revisit_page_renders_the_case_for_an_agent_and_is_closed_to_a_member_unit()
    {
        var c = await RepliedAsync(app, "13100000002");
        using var agent = new BrowserSession(app);
        await agent.SignInOrFailAsync("agent", Password);
        var html = WebUtility.HtmlDecode(await (await agent.GetAsync($"/evaluation/revisits/{c.CaseId}")).Content.ReadAsStringAsync());
        Assert.Contains(c.Number, html);
        Assert.Contains("第0轮答复：已督促物业维修电梯", html);

        using var unit = new BrowserSession(app);
        await unit.SignInOrFailAsync("zjj", Password);
        var denied = await unit.GetAsync($"/evaluation/revisits/{c.CaseId}");
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
    }
}

public sealed class SqliteEvaluationPagesTests(SqliteApp app) : EvaluationPagesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbEvaluationPagesTests(MariaDbApp app) : EvaluationPagesTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
