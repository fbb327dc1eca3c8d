using Bunit;
using Hotline.Intake.Registration;
using Hotline.Knowledge.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;

namespace Hotline.ComponentTests.Intake;

/// <summary>
/// The intake suggestions wait for the typing to rest (issue 14: debounced) and never show an older search's results.
/// The panel alone with a scripted knowledge source and a fake clock: no wall-clock timing in the test.
/// </summary>
public sealed class KnowledgeSuggestionsDebounceTests : BunitContext, IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero));
    private readonly ScriptedAnswers _source = new();

    public KnowledgeSuggestionsDebounceTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(o => o.PopoverOptions.CheckForPopoverProvider = false);
        Services.AddSingleton<TimeProvider>(_clock);
        Services.AddSingleton(new TypingPause(_clock));
        Services.AddSingleton<IKnowledgeAnswers>(_source);
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services dispose only asynchronously.
    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    private IRenderedComponent<KnowledgeSuggestionsPanel> RenderPanel() => Render<KnowledgeSuggestionsPanel>();

    private static void Type(IRenderedComponent<KnowledgeSuggestionsPanel> cut, string content) =>
        cut.Render(p => p.Add(x => x.Content, content));

    private static IReadOnlyList<string> Titles(IRenderedComponent<KnowledgeSuggestionsPanel> cut) =>
        cut.FindAll("[data-testid=knowledge-suggestion] b").Select(b => b.TextContent).ToList();

    [Fact]
    public void Each_keystroke_restarts_the_wait_and_only_the_text_at_rest_is_searched()
    {
        var cut = RenderPanel();
        var almost = KnowledgeSuggestionsPanel.Debounce - TimeSpan.FromMilliseconds(1);

        Type(cut, "公积");
        _clock.Advance(almost);
        Type(cut, "公积金");
        _clock.Advance(almost);
        Type(cut, "公积金提取");
        _clock.Advance(almost);
        Assert.Empty(_source.Asked);

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        cut.WaitForAssertion(() => Assert.Equal(["公积金提取"], Titles(cut)));
        Assert.Equal(["公积金提取"], _source.Asked);
    }

    [Fact]
    public void A_category_chosen_while_typing_joins_the_same_wait()
    {
        var cut = RenderPanel();
        Type(cut, "犬只登记");
        _clock.Advance(TimeSpan.FromMilliseconds(50));
        cut.Render(p => p.Add(x => x.Content, "犬只登记").Add(x => x.CategoryId, Guid.NewGuid()));
        _clock.Advance(KnowledgeSuggestionsPanel.Debounce);
        cut.WaitForAssertion(() => Assert.Equal(["犬只登记"], Titles(cut)));
        Assert.Single(_source.Asked);
    }

    [Fact]
    public async Task An_earlier_search_that_ends_last_never_replaces_the_later_one()
    {
        _source.Hold = true;
        var cut = RenderPanel();
        Type(cut, "物业费");
        _clock.Advance(KnowledgeSuggestionsPanel.Debounce);
        cut.WaitForAssertion(() => Assert.Single(_source.Waiting));
        Type(cut, "物业费收费标准");
        _clock.Advance(KnowledgeSuggestionsPanel.Debounce);
        cut.WaitForAssertion(() => Assert.Equal(2, _source.Waiting.Count));

        await cut.InvokeAsync(() => _source.Finish("物业费收费标准"));
        cut.WaitForAssertion(() => Assert.Equal(["物业费收费标准"], Titles(cut)));
        await cut.InvokeAsync(() => _source.Finish("物业费"));
        cut.Render();
        Assert.Equal(["物业费收费标准"], Titles(cut));
    }

    [Fact]
    public void Clearing_the_content_clears_the_suggestions_at_once_without_a_search()
    {
        var cut = RenderPanel();
        Type(cut, "路灯不亮");
        _clock.Advance(KnowledgeSuggestionsPanel.Debounce);
        cut.WaitForAssertion(() => Assert.Equal(["路灯不亮"], Titles(cut)));

        Type(cut, "  ");
        Assert.Empty(Titles(cut));
        Assert.NotEmpty(cut.FindAll("[data-testid=knowledge-suggestions-empty]"));
        _clock.Advance(KnowledgeSuggestionsPanel.Debounce);
        Assert.Equal(["路灯不亮"], _source.Asked);
    }

    /// <summary>Answers each search with one suggestion titled by the searched text, at once or when the test says.</summary>
    private sealed class ScriptedAnswers : IKnowledgeAnswers
    {
        private readonly Dictionary<string, TaskCompletionSource<IReadOnlyList<KnowledgeSuggestion>>> _waiting = [];

        public List<string> Asked { get; } = [];

        /// <summary>When set, searches wait for <see cref="Finish"/>.</summary>
        public bool Hold { get; set; }

        public IReadOnlyCollection<string> Waiting => _waiting.Keys;

        public void Finish(string content) => _waiting[content].SetResult(Found(content));

        public Task<IReadOnlyList<KnowledgeSuggestion>> SuggestAsync(string? content, Guid? categoryId, int take = 5, CancellationToken cancellationToken = default)
        {
            Asked.Add(content ?? "");
            if (!Hold)
                return Task.FromResult(Found(content ?? ""));
            var pending = new TaskCompletionSource<IReadOnlyList<KnowledgeSuggestion>>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting[content ?? ""] = pending;
            return pending.Task;
        }

        private static IReadOnlyList<KnowledgeSuggestion> Found(string content) =>
            [new KnowledgeSuggestion(Guid.NewGuid(), content, "", "/knowledge/articles/x", SameCategory: false)];

        public Task<KnowledgeAnswer?> AnswerAsync(Guid articleId, CancellationToken cancellationToken = default) => Task.FromResult<KnowledgeAnswer?>(null);

        public Task RecordAnswerUseAsync(Guid articleId, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<KnowledgeVote> VoteAsync(Guid articleId, bool helpful, CancellationToken cancellationToken = default) =>
            Task.FromResult(new KnowledgeVote(articleId, 1, helpful, 0, 0));
    }
}
