using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Knowledge.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Knowledge;

/// <summary>The KnowledgeEditor's synonyms page: the current groups one per line, a clear message for bad input, saving.</summary>
public sealed class SynonymsPageTests : ComponentTestBase
{
    [Fact]
    public async Task The_page_shows_the_groups_refuses_a_lonely_word_and_saves_valid_groups()
    {
        await SignInAsync("kbeditor");
        RenderProviders();
        var page = Render<SynonymsPage>();
        page.WaitForAssertion(() => Assert.Contains("公积金 住房公积金", page.Find("textarea[data-testid=synonyms-text]").GetAttribute("value") ?? page.Find("textarea[data-testid=synonyms-text]").TextContent));

        page.Find("textarea[data-testid=synonyms-text]").Change("物业费");
        page.Find("button[data-testid=synonyms-save]").Click();
        page.WaitForAssertion(() => Assert.Contains("第 1 行：一组同义词至少要有两个词。", page.Find("[data-testid=synonyms-error]").TextContent));

        page.Find("textarea[data-testid=synonyms-text]").Change("物业费 物管费");
        page.Find("button[data-testid=synonyms-save]").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=synonyms-error]")));
        Assert.Equal([["物业费", "物管费"]], await Services.GetRequiredService<KnowledgeSynonyms>().GroupsAsync());
    }
}
