using Hotline.Platform.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hotline.UnitTests.Search;

public sealed class LuceneIndexTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "hotline-index-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void An_update_replaces_the_document_with_the_same_key()
    {
        using var analyzer = ChineseText.BigramAnalyzer();
        using var index = new LuceneIndex(_path, analyzer);
        Assert.True(index.TryOpen());

        index.Update(new Term("id", "1"), Doc("1", "楼上装修噪音扰民"));
        index.Commit();
        Assert.Equal(["1"], Ids(index, "噪音"));
        index.Update(new Term("id", "1"), Doc("1", "路灯不亮"));
        index.Add(Doc("2", "小区噪音"));
        index.Commit();

        Assert.Equal(2, index.Count);
        Assert.Equal(["2"], Ids(index, "噪音"));
        index.Delete(new Term("id", "2"));
        index.Commit();
        Assert.Empty(Ids(index, "噪音"));
    }

    [Fact]
    public void A_second_writer_on_the_same_directory_does_not_open_until_the_first_lets_go()
    {
        using var analyzer = ChineseText.BigramAnalyzer();
        using (var first = new LuceneIndex(_path, analyzer))
        using (var second = new LuceneIndex(_path, analyzer))
        {
            Assert.True(first.TryOpen());
            Assert.False(second.TryOpen());
            Assert.False(second.IsOpen);
            Assert.Equal(0, second.Count);
            Assert.Throws<InvalidOperationException>(() => second.Read(s => s.IndexReader.NumDocs));
        }
        using var third = new LuceneIndex(_path, analyzer);
        Assert.True(third.TryOpen());
    }

    private static Document Doc(string id, string content) =>
    [
        new StringField("id", id, Field.Store.YES),
        new TextField("content", content, Field.Store.NO),
    ];

    private static List<string> Ids(LuceneIndex index, string word) =>
        index.Read(s => s.Search(new TermQuery(new Term("content", word)), 10).ScoreDocs.Select(d => s.Doc(d.Doc).Get("id")).ToList());

    public void Dispose()
    {
        if (Directory.Exists(_path))
            Directory.Delete(_path, recursive: true);
    }
}
