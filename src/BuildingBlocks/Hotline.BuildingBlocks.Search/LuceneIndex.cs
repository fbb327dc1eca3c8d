using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Hotline.Platform.Search;

/// <summary>
/// One Lucene index in a directory of its own: its writer and near-real-time searchers. Only one process may write
/// an index, so <see cref="TryOpen"/> answers false while another one (the app while a command runs, a second
/// instance on the same data directory) holds it, instead of waiting or failing.
/// </summary>
public sealed class LuceneIndex(string path, Analyzer analyzer, double ramBufferMegabytes = 16) : IDisposable
{
    private readonly object _opening = new();
    private FSDirectory? _directory;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;

    public bool TryOpen()
    {
        lock (_opening)
        {
            if (_writer is not null)
                return true;
            System.IO.Directory.CreateDirectory(path);
            var directory = FSDirectory.Open(path);
            try
            {
                var writer = new IndexWriter(directory, new IndexWriterConfig(ChineseText.Version, analyzer)
                {
                    OpenMode = OpenMode.CREATE_OR_APPEND, RAMBufferSizeMB = ramBufferMegabytes, WriteLockTimeout = 0,
                });
                writer.Commit();
                _searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
                (_directory, _writer) = (directory, writer);
                return true;
            }
            catch (LockObtainFailedException)
            {
                directory.Dispose();
                return false;
            }
        }
    }

    public bool IsOpen => _writer is not null;

    private IndexWriter Writer => _writer ?? throw new InvalidOperationException($"索引 {path} 未打开。");

    /// <summary>Documents in the index; 0 while it is not open.</summary>
    public int Count => _searchers is null ? 0 : Read(searcher => searcher.IndexReader.NumDocs, refreshFirst: true);

    /// <summary>Adds or replaces the document whose key term is <paramref name="key"/>; searches see it after <see cref="Commit"/>.</summary>
    public void Update(Term key, Document document) => Writer.UpdateDocument(key, document);

    /// <summary>Adds a document known not to be indexed yet (a rebuild): no lookup of an old copy.</summary>
    public void Add(Document document) => Writer.AddDocument(document);

    public void Delete(Term key) => Writer.DeleteDocuments(key);

    public void DeleteAll() => Writer.DeleteAll();

    /// <summary>Makes the changes durable and visible to the next search.</summary>
    public void Commit()
    {
        Writer.Commit();
        _searchers!.MaybeRefreshBlocking();
    }

    /// <summary>Runs a read on a current searcher and gives the searcher back, whatever happens.</summary>
    /// <param name="refreshFirst">Wait until the searcher sees every commit (counts), rather than refresh in passing (searches).</param>
    public T Read<T>(Func<IndexSearcher, T> read, bool refreshFirst = false)
    {
        var searchers = _searchers ?? throw new InvalidOperationException($"索引 {path} 未打开。");
        if (refreshFirst)
            searchers.MaybeRefreshBlocking();
        else
            searchers.MaybeRefresh();
        var searcher = searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers?.Dispose();
        _writer?.Dispose();
        _directory?.Dispose();
    }
}
