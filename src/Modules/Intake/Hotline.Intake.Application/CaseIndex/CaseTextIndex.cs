using Hotline.Intake.CaseSearch;
using Hotline.Platform.Search;
using Hotline.Platform.Time;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Hotline.Intake.CaseIndex;

/// <summary>What the index holds of one case: the searched texts and the list's filter and sort fields.</summary>
internal sealed record IndexedCase(Guid Id, string Number, CaseStatus Status, Platform.Catalog.RequestTypeCode RequestType, Guid CategoryId,
    Guid AreaId, Channel Channel, bool IsRepeat, DateTime RegisteredAtUtc, string Content, string Address)
{
    public static IndexedCase Of(IntakeCase c) => new(c.Id, c.Number, c.Status, c.RequestType, c.CategoryId, c.AreaId, c.Channel,
        c.RepeatOfCaseId is not null, c.RegisteredAtUtc, c.Content, c.Address);
}

/// <summary>
/// The Lucene index of cases (data directory, case-index/) that answers the case list's keyword search: content and
/// address as CJK bigrams (the analyzer Knowledge searches with), so 噪音 is a term and 噪音扰民 a phrase — no
/// <c>LIKE '%…%'</c> over a million rows. The list's other filters and sorts are indexed too, so a keyword search is
/// answered here in full (exact total, the page's ids in order) and the database only reads the page's rows.
/// </summary>
internal sealed class CaseTextIndex : IDisposable
{
    private readonly Analyzer _bigrams = ChineseText.BigramAnalyzer();
    private readonly LuceneIndex _index;
    private volatile bool _ready;

    public CaseTextIndex(HostingOptions hosting)
    {
        _index = new LuceneIndex(Path.Combine(hosting.FullDataDirectory, "case-index"), _bigrams, ramBufferMegabytes: 64);
        TryOpen();
    }

    /// <summary>
    /// Opens the index unless another process on the same data directory holds it (the app while a command runs, a
    /// second instance): then this one searches the database until it gets the index (<see cref="CaseIndexer"/> retries).
    /// </summary>
    public bool TryOpen() => _index.TryOpen();

    public bool IsOpen => _index.IsOpen;

    /// <summary>False until the index was opened and checked against the database (and rebuilt if it had to be) after start.</summary>
    public bool IsReady => _ready && _index.IsOpen;

    public void MarkReady() => _ready = true;

    /// <summary>Indexed cases; 0 while the index is not open.</summary>
    public int Count => _index.Count;

    /// <summary>Adds or replaces the cases; visible to searches after <see cref="Commit"/>.</summary>
    public void Upsert(IEnumerable<IndexedCase> cases)
    {
        foreach (var c in cases)
            _index.Update(Key(c.Id), ToDocument(c));
    }

    /// <summary>Adds cases known not to be indexed yet (a rebuild, the generator): no lookup of an old copy.</summary>
    public void Add(IEnumerable<IndexedCase> cases)
    {
        foreach (var c in cases)
            _index.Add(ToDocument(c));
    }

    public void Remove(IEnumerable<Guid> ids)
    {
        foreach (var id in ids)
            _index.Delete(Key(id));
    }

    public void DeleteAll() => _index.DeleteAll();

    public void Commit() => _index.Commit();

    private static Term Key(Guid id) => new("id", id.ToString());

    /// <summary>The query for a keyword, or null when it holds nothing searchable (only punctuation or spaces).</summary>
    public Query? KeywordQuery(string keyword)
    {
        var either = new BooleanQuery();
        foreach (var field in new[] { "content", "address" })
        {
            if (FieldQuery(field, keyword) is not { } q)
                return null;
            either.Add(q, Occur.SHOULD);
        }
        return either;
    }

    /// <summary>One page of the matching cases' ids in the list's order, and how many match in all.</summary>
    public (IReadOnlyList<Guid> Ids, int Total) Search(Query keyword, CaseListFilter f, CaseSort sort, int skip, int take)
    {
        var query = new BooleanQuery { { keyword, Occur.MUST } };
        void Must(string field, string? value)
        {
            if (value is not null)
                query.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }
        Must("status", f.Status?.ToString());
        Must("type", f.RequestType?.ToString());
        Must("category", f.CategoryId?.ToString());
        Must("area", f.AreaId?.ToString());
        Must("channel", f.Channel?.ToString());
        Must("repeat", f.RepeatOnly ? "1" : null);
        if (f.From is not null || f.To is not null)
        {
            long? from = f.From is { } d1 ? ChinaTime.StartOfDayUtc(d1).Ticks : null;
            long? to = f.To is { } d2 ? ChinaTime.EndOfDayUtc(d2).Ticks : null;
            query.Add(NumericRangeQuery.NewInt64Range("registered", from, to, true, false), Occur.MUST);
        }

        return _index.Read(searcher =>
        {
            var top = searcher.Search(query, null, Math.Max(1, skip + take), Order(sort));
            return ((IReadOnlyList<Guid>)IdsOf(searcher, top.ScoreDocs.Skip(skip)), top.TotalHits);
        });
    }

    /// <summary>
    /// The cases' ids from the field cache of the indexed id terms (built once per index segment) rather than from the
    /// stored documents, which are decompressed per hit: a unit's search reads thousands of ids per call.
    /// </summary>
    private static List<Guid> IdsOf(IndexSearcher searcher, IEnumerable<ScoreDoc> hits)
    {
        var leaves = searcher.IndexReader.Leaves;
        var term = new BytesRef();
        var ids = new List<Guid>();
        foreach (var hit in hits)
        {
            var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
            FieldCache.DEFAULT.GetTerms(leaf.AtomicReader, "id", false).Get(hit.Doc - leaf.DocBase, term);
            ids.Add(Guid.Parse(term.Utf8ToString()));
        }
        return ids;
    }

    private static Sort Order(CaseSort sort) => sort switch
    {
        CaseSort.RegisteredAsc => new Sort(new SortField("registered_dv", SortFieldType.INT64)),
        CaseSort.NumberAsc => new Sort(new SortField("number_dv", SortFieldType.STRING)),
        CaseSort.NumberDesc => new Sort(new SortField("number_dv", SortFieldType.STRING, true)),
        CaseSort.StatusAsc => new Sort(new SortField("status_dv", SortFieldType.INT32), new SortField("registered_dv", SortFieldType.INT64, true)),
        _ => new Sort(new SortField("registered_dv", SortFieldType.INT64, true)),
    };

    /// <summary>
    /// The keyword's bigrams as a phrase, so the case must contain the keyword as written (the list's "contains"); a
    /// single Chinese character is found at the start or end of the indexed bigrams.
    /// </summary>
    private Query? FieldQuery(string field, string keyword)
    {
        var terms = ChineseText.Positions(_bigrams, field, keyword);
        if (terms.Count == 0)
            return null;
        if (terms.Count == 1)
        {
            var t = terms[0].Term;
            if (t.Length == 1 && char.GetUnicodeCategory(t[0]) == System.Globalization.UnicodeCategory.OtherLetter)
                return new BooleanQuery
                {
                    { new PrefixQuery(new Term(field, t)), Occur.SHOULD },
                    { new WildcardQuery(new Term(field, "?" + t)), Occur.SHOULD },
                };
            return new TermQuery(new Term(field, t));
        }
        var phrase = new PhraseQuery();
        foreach (var (t, p) in terms)
            phrase.Add(new Term(field, t), p);
        return phrase;
    }

    private static Document ToDocument(IndexedCase c) =>
    [
        new StringField("id", c.Id.ToString(), Field.Store.YES),
        new StringField("status", c.Status.ToString(), Field.Store.NO),
        new NumericDocValuesField("status_dv", (int)c.Status),
        new StringField("type", c.RequestType.ToString(), Field.Store.NO),
        new StringField("category", c.CategoryId.ToString(), Field.Store.NO),
        new StringField("area", c.AreaId.ToString(), Field.Store.NO),
        new StringField("channel", c.Channel.ToString(), Field.Store.NO),
        new StringField("repeat", c.IsRepeat ? "1" : "0", Field.Store.NO),
        new Int64Field("registered", c.RegisteredAtUtc.Ticks, Field.Store.NO),
        new NumericDocValuesField("registered_dv", c.RegisteredAtUtc.Ticks),
        new SortedDocValuesField("number_dv", new BytesRef(c.Number)),
        new TextField("content", c.Content, Field.Store.NO),
        new TextField("address", c.Address, Field.Store.NO),
    ];

    public void Dispose()
    {
        _index.Dispose();
        _bigrams.Dispose();
    }
}
