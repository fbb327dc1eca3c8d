using Hotline.Platform.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Hotline.Knowledge.Search;

/// <summary>What the index holds of one live article version.</summary>
internal sealed record IndexedArticle(Guid ArticleId, int VersionNumber, string Title, string Keywords, string BodyText, Guid CategoryId,
    Guid UnitId, Guid? AreaId, bool IsPublic, DateOnly? EffectiveFrom, DateOnly? ExpiresOn);

internal sealed record SearchFilters(Guid? CategoryId = null, Guid? UnitId = null, Guid? AreaId = null, bool PublicOnly = false)
{
    /// <summary>
    /// <see cref="CategoryId"/> with its whole sub-tree, filled in by <see cref="KnowledgeSearch"/> from the category
    /// catalog: 城乡建设 finds what is filed under 城乡建设/物业管理. Null: the category alone.
    /// </summary>
    public IReadOnlyCollection<Guid>? CategoryTree { get; init; }

    /// <summary>Whether any filter narrows the articles, so a browse without words has something to list.</summary>
    public bool Any => CategoryId is not null || UnitId is not null || AreaId is not null || PublicOnly;
}

internal sealed record SearchHit(Guid ArticleId, int VersionNumber, string Title, string SnippetHtml, float Score, Guid CategoryId, Guid UnitId, bool IsPublic);

/// <summary>
/// The Lucene index of live article versions, in the data directory (knowledge-index/). Each text is indexed twice:
/// SmartCn words (小区|物业|费|收费|标准) for precision and CJK bigrams for recall. Queries are built term by term,
/// never parsed, so no input (quotes, brackets, *, :, 10,000 characters) can make a search fail.
/// </summary>
internal sealed class KnowledgeIndex : IDisposable
{
    public const int MaxQueryChars = 100;
    private const string AllAreas = "all";

    private readonly Analyzer _words = ChineseText.WordAnalyzer();
    private readonly Analyzer _bigrams = ChineseText.BigramAnalyzer();
    private readonly LuceneIndex _index;
    private readonly object _gate = new();

    public KnowledgeIndex(HostingOptions hosting)
    {
        var analyzer = new PerFieldAnalyzerWrapper(_words, new Dictionary<string, Analyzer>
        {
            ["title_bi"] = _bigrams, ["keywords_bi"] = _bigrams, ["body_bi"] = _bigrams,
        });
        _index = new LuceneIndex(Path.Combine(hosting.FullDataDirectory, "knowledge-index"), analyzer);
        if (!_index.TryOpen())
            throw new InvalidOperationException("知识库索引正被另一个进程使用。");
    }

    public int Count => _index.Count;

    /// <summary>
    /// Whether this process has compared the index with the live versions article by article; until then the index may
    /// be one from before a restore. Later checks compare counts only (a search's scope must stay cheap).
    /// </summary>
    public bool VersionsChecked { get; set; }

    /// <summary>Each indexed article's version, read from the stored fields (20,000 articles read in milliseconds).</summary>
    public IReadOnlyDictionary<Guid, int> IndexedVersions() => _index.Read(searcher =>
    {
        var reader = searcher.IndexReader;
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var versions = new Dictionary<Guid, int>(reader.NumDocs);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is not null && !liveDocs.Get(doc))
                continue;
            var stored = reader.Document(doc, new HashSet<string> { "id", "version" });
            if (Guid.TryParse(stored.Get("id"), out var id) && int.TryParse(stored.Get("version"), out var version))
                versions[id] = version;
        }
        return (IReadOnlyDictionary<Guid, int>)versions;
    }, refreshFirst: true);

    public void Upsert(IndexedArticle a) => Change(() => _index.Update(Key(a.ArticleId), ToDocument(a)));

    public void Remove(Guid articleId) => Change(() => _index.Delete(Key(articleId)));

    public void ReplaceAll(IEnumerable<IndexedArticle> articles) => Change(() =>
    {
        _index.DeleteAll();
        foreach (var a in articles)
            _index.Add(ToDocument(a));
    });

    // One change at a time, each committed before the next: an editor's publish is seen by the next search.
    private void Change(Action change)
    {
        lock (_gate)
        {
            change();
            _index.Commit();
        }
    }

    private static Term Key(Guid articleId) => new("id", articleId.ToString());

    /// <param name="text">Any text; only its first <see cref="MaxQueryChars"/> characters count.</param>
    /// <param name="synonyms">Extra words the query also looks for (the editors' synonyms).</param>
    public IReadOnlyList<SearchHit> Search(string? text, IReadOnlyCollection<string> synonyms, SearchFilters filters, DateOnly today, int take)
    {
        var input = (text ?? "").Trim();
        if (input.Length > MaxQueryChars)
            input = input[..MaxQueryChars];
        var words = ChineseText.Tokens(_words, "title", input).Concat(synonyms.SelectMany(s => ChineseText.Tokens(_words, "title", s))).Distinct().ToList();
        var bigrams = ChineseText.Tokens(_bigrams, "title_bi", input).Concat(synonyms.SelectMany(s => ChineseText.Tokens(_bigrams, "title_bi", s))).Distinct().ToList();
        if (words.Count == 0 && bigrams.Count == 0)
            return [];

        var matching = new BooleanQuery();
        foreach (var w in words.Take(60))
        {
            matching.Add(Boosted(new TermQuery(new Term("title", w)), 4f), Occur.SHOULD);
            matching.Add(Boosted(new TermQuery(new Term("keywords", w)), 2.5f), Occur.SHOULD);
            matching.Add(Boosted(new TermQuery(new Term("body", w)), 1f), Occur.SHOULD);
        }
        foreach (var b in bigrams.Take(100))
        {
            matching.Add(Boosted(new TermQuery(new Term("title_bi", b)), 1.5f), Occur.SHOULD);
            matching.Add(Boosted(new TermQuery(new Term("keywords_bi", b)), 1f), Occur.SHOULD);
            matching.Add(Boosted(new TermQuery(new Term("body_bi", b)), 0.4f), Occur.SHOULD);
        }
        var hits = Run(matching, filters, today, take);
        if (hits.Count > 0)
            return hits;

        // Typo-tolerant fallback: words one edit away (公积今 → 公积金), only when nothing matched exactly.
        var fuzzy = new BooleanQuery();
        foreach (var w in words.Concat(bigrams).Where(t => t.Length >= 2).Distinct().Take(40))
        {
            fuzzy.Add(Boosted(new FuzzyQuery(new Term("title", w), 1), 3f), Occur.SHOULD);
            fuzzy.Add(Boosted(new FuzzyQuery(new Term("keywords", w), 1), 2f), Occur.SHOULD);
            fuzzy.Add(new FuzzyQuery(new Term("body", w), 1), Occur.SHOULD);
        }
        return fuzzy.Clauses.Count == 0 ? [] : Run(fuzzy, filters, today, take);
    }

    private List<SearchHit> Run(BooleanQuery matching, SearchFilters filters, DateOnly today, int take)
    {
        var query = new BooleanQuery { { matching, Occur.MUST } };
        var day = DayNumber(today);
        query.Add(NumericRangeQuery.NewInt32Range("effective", null, day, true, true), Occur.MUST);
        query.Add(NumericRangeQuery.NewInt32Range("expires", day, null, true, true), Occur.MUST);
        if (filters.CategoryTree is { Count: > 0 } tree)
        {
            var anyOf = new BooleanQuery();
            foreach (var id in tree)
                anyOf.Add(new TermQuery(new Term("category", id.ToString())), Occur.SHOULD);
            query.Add(anyOf, Occur.MUST);
        }
        else if (filters.CategoryId is { } c)
        {
            query.Add(new TermQuery(new Term("category", c.ToString())), Occur.MUST);
        }
        if (filters.UnitId is { } u) query.Add(new TermQuery(new Term("unit", u.ToString())), Occur.MUST);
        if (filters.AreaId is { } a)
        {
            // An article without an area applies to the whole county, so to every area.
            query.Add(new BooleanQuery { { new TermQuery(new Term("area", a.ToString())), Occur.SHOULD }, { new TermQuery(new Term("area", AllAreas)), Occur.SHOULD } },
                Occur.MUST);
        }
        if (filters.PublicOnly) query.Add(new TermQuery(new Term("public", "1")), Occur.MUST);

        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryScorer(matching))
        {
            TextFragmenter = new SimpleFragmenter(80),
        };
        return _index.Read(searcher => searcher.Search(query, Math.Clamp(take, 1, 100)).ScoreDocs.Select(sd =>
        {
            var doc = searcher.Doc(sd.Doc);
            var body = doc.Get("body") ?? "";
            return new SearchHit(Guid.Parse(doc.Get("id")), int.Parse(doc.Get("version")), doc.Get("title"), Snippet(highlighter, body), sd.Score,
                Guid.Parse(doc.Get("category")), Guid.Parse(doc.Get("unit")), doc.Get("public") == "1");
        }).ToList());
    }

    /// <summary>Up to two marked fragments of the body, else its start.</summary>
    private string Snippet(Highlighter highlighter, string body)
    {
        string snippet;
        try
        {
            snippet = highlighter.GetBestFragments(_words.GetTokenStream("body", body), body, 2, "…");
        }
        catch (InvalidTokenOffsetsException)
        {
            snippet = "";
        }
        return string.IsNullOrEmpty(snippet) ? System.Net.WebUtility.HtmlEncode(body.Length > 120 ? body[..120] + "…" : body) : snippet;
    }

    private static Query Boosted(Query q, float boost)
    {
        q.Boost = boost;
        return q;
    }

    private static int DayNumber(DateOnly date) => date.DayNumber;

    private static Document ToDocument(IndexedArticle a) =>
    [
        new StringField("id", a.ArticleId.ToString(), Field.Store.YES),
        new StoredField("version", a.VersionNumber.ToString()),
        new TextField("title", a.Title, Field.Store.YES),
        new TextField("title_bi", a.Title, Field.Store.NO),
        new TextField("keywords", a.Keywords, Field.Store.YES),
        new TextField("keywords_bi", a.Keywords, Field.Store.NO),
        new TextField("body", a.BodyText, Field.Store.YES),
        new TextField("body_bi", a.BodyText, Field.Store.NO),
        new StringField("category", a.CategoryId.ToString(), Field.Store.YES),
        new StringField("unit", a.UnitId.ToString(), Field.Store.YES),
        new StringField("area", a.AreaId?.ToString() ?? AllAreas, Field.Store.NO),
        new StringField("public", a.IsPublic ? "1" : "0", Field.Store.YES),
        new Int32Field("effective", a.EffectiveFrom is { } e ? DayNumber(e) : 0, Field.Store.NO),
        new Int32Field("expires", a.ExpiresOn is { } x ? DayNumber(x) : int.MaxValue, Field.Store.NO),
    ];

    public void Dispose()
    {
        _index.Dispose();
        _words.Dispose();
        _bigrams.Dispose();
    }
}
