using Hotline.Intake.CaseSearch;

namespace Hotline.Intake.CaseIndex;

internal sealed class CaseTextSearch(CaseTextIndex index, CaseIndexer indexer) : ICaseTextSearch
{
    public async Task<IReadOnlyList<Guid>?> NewestMatchingAsync(string words, int skip, int take, CancellationToken cancellationToken = default)
    {
        if (!index.IsReady)
            return null;
        if (!words.Any(char.IsLetterOrDigit) || CaseQueries.NormalizedKeyword(words) is not { } keyword
            || index.KeywordQuery(keyword) is not { } matching)
            return [];
        await indexer.CatchUpAsync(cancellationToken: cancellationToken);
        return index.Search(matching, new CaseListFilter(), CaseSort.RegisteredDesc, skip, take).Ids;
    }
}
