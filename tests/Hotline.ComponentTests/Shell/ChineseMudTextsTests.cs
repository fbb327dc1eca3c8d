using System.Collections;
using System.Resources;
using System.Text.RegularExpressions;
using Bunit;
using Hotline.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Hotline.ComponentTests.Shell;

/// <summary>MudBlazor's own texts (pagers, converter errors, screen-reader names) reach the user in Chinese.</summary>
public sealed partial class ChineseMudTextsTests : BunitContext, IAsyncLifetime
{
    private static readonly Dictionary<string, string> MudTexts = ReadMudTexts();

    [Fact]
    public void Every_text_of_the_MudBlazor_in_use_is_translated_and_no_translation_is_for_a_text_it_no_longer_has()
    {
        Assert.Empty(MudTexts.Keys.Except(ChineseMudLocalizer.Texts.Keys).Order());
        Assert.Empty(ChineseMudLocalizer.Texts.Keys.Except(MudTexts.Keys).Order());
    }

    [Fact]
    public void A_translation_takes_the_same_arguments_and_is_not_left_in_English()
    {
        foreach (var (key, english) in MudTexts)
        {
            var chinese = ChineseMudLocalizer.Texts[key];
            Assert.True(Placeholders(english).SequenceEqual(Placeholders(chinese)), $"{key}: “{chinese}” must take {string.Join(" ", Placeholders(english))}");
            Assert.False(Letters().IsMatch(chinese), $"{key} is still English: “{chinese}”");
        }
    }

    [Fact]
    public void A_table_pager_and_its_row_checkboxes_speak_Chinese()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(o => o.PopoverOptions.CheckForPopoverProvider = false);
        Services.AddTransient<MudLocalizer, ChineseMudLocalizer>();

        var table = Render<MudTable<string>>(p => p
            .Add(t => t.Items, Enumerable.Range(1, 30).Select(i => $"工单{i}").ToList())
            .Add(t => t.MultiSelection, true)
            .Add(t => t.RowTemplate, row => $"<td>{row}</td>")
            .Add(t => t.PagerContent, b =>
            {
                b.OpenComponent<MudTablePager>(0);
                b.CloseComponent();
            }));

        Assert.Contains("每页行数", table.Markup);
        Assert.Contains("第 1-10 条，共 30 条", table.Markup);
        Assert.Contains("aria-label=\"下一页\"", table.Markup);
        Assert.Contains("class=\"mud-sr-only\">选择此行</span>", table.Markup);
        Assert.DoesNotContain("Rows per page", table.Markup);
        Assert.DoesNotContain("Select row", table.Markup);
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services dispose only asynchronously.
    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    private static string[] Placeholders(string text) => [.. Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order()];

    // Comparison signs (=, >=, !=) are kept as they are; a Latin word is a text nobody translated.
    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex Letters();

    private static Dictionary<string, string> ReadMudTexts()
    {
        var assembly = typeof(MudButton).Assembly;
        using var stream = assembly.GetManifestResourceStream("MudBlazor.Resources.LanguageResource.resources")!;
        using var reader = new ResourceReader(stream);
        return reader.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }
}
