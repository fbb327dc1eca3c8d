namespace Hotline.Archive.Domain;

/// <summary>One finding of a verification, naming the record it concerns.</summary>
internal sealed record IntegrityProblem(string ArchiveNumber, string Message);

/// <summary>
/// The checks behind 完整性校验, as pure functions of stored rows: a record's own seal (snapshot hash, record hash,
/// number, search copies) and its link to the year's previous record. Walking a year in sequence order with
/// <see cref="Walk"/> also finds records missing from the middle of the chain.
/// </summary>
internal static class RecordIntegrity
{
    /// <param name="disposal">The approved disposal a destroyed record names; a destroyed record without one was emptied unlawfully.</param>
    public static IEnumerable<IntegrityProblem> CheckSeal(ArchiveRecord r, ArchiveDisposal? disposal = null)
    {
        if (r.Destroyed)
        {
            foreach (var p in CheckDestroyed(r, disposal))
                yield return p;
            yield break;
        }
        if (RecordHashing.Sha256(r.SnapshotJson) != r.SnapshotSha256)
            yield return new(r.ArchiveNumber, "档案内容（快照）与其哈希值不符，内容已被改动。");
        if (RecordHashing.RecordHash(r) != r.RecordHash)
            yield return new(r.ArchiveNumber, "档案登记项与档案哈希值不符，登记项已被改动。");
        if (ArchiveNumbers.Format(r.Year, r.Sequence) != r.ArchiveNumber)
            yield return new(r.ArchiveNumber, "档案号与年度、序号不符。");
        if (SearchCopiesDiffer(r) is { } field)
            yield return new(r.ArchiveNumber, $"检索字段“{field}”与档案内容不一致。");
    }

    private static IEnumerable<IntegrityProblem> CheckDestroyed(ArchiveRecord r, ArchiveDisposal? disposal)
    {
        if (disposal is not { State: DisposalState.Approved } || disposal.Id != r.DisposalId || disposal.RecordId != r.Id)
            yield return new(r.ArchiveNumber, "档案内容已被清除，但销毁登记簿中没有与之对应的已批准销毁记录。");
        else if (disposal.RecordHash != r.RecordHash || disposal.SnapshotSha256 != r.SnapshotSha256)
            yield return new(r.ArchiveNumber, "已销毁档案的哈希值与销毁登记簿所记不符。");
        if (RecordHashing.RecordHash(r) != r.RecordHash)
            yield return new(r.ArchiveNumber, "档案登记项与档案哈希值不符，登记项已被改动。");
        if (ArchiveNumbers.Format(r.Year, r.Sequence) != r.ArchiveNumber)
            yield return new(r.ArchiveNumber, "档案号与年度、序号不符。");
    }

    /// <param name="previous">The year's record numbered just before <paramref name="r"/>, or null when there is none.</param>
    public static IEnumerable<IntegrityProblem> CheckLink(ArchiveRecord r, ArchiveRecord? previous)
    {
        if (r.Sequence == 1)
        {
            if (r.PreviousHash is not null)
                yield return new(r.ArchiveNumber, "年度第一件档案不应有前一档案哈希值。");
            yield break;
        }
        if (previous is null)
            yield return new(ArchiveNumbers.Format(r.Year, r.Sequence - 1), $"档案缺失：{r.ArchiveNumber} 之前的档案不存在，哈希链断开。");
        else if (previous.RecordHash != r.PreviousHash)
            yield return new(r.ArchiveNumber, $"与前一档案 {previous.ArchiveNumber} 的哈希链接不符。");
    }

    /// <summary>Checks records of one year given in sequence order; each missing number is reported by its own archive number.</summary>
    public static IEnumerable<IntegrityProblem> Walk(IEnumerable<ArchiveRecord> yearInOrder, ArchiveRecord? before = null,
        IReadOnlyDictionary<Guid, ArchiveDisposal>? disposals = null)
    {
        var previous = before;
        foreach (var r in yearInOrder)
        {
            var expected = (previous?.Sequence ?? 0) + 1;
            for (var missing = expected; missing < r.Sequence; missing++)
                yield return new(ArchiveNumbers.Format(r.Year, missing), "档案缺失，哈希链断开。");
            foreach (var p in CheckSeal(r, r.DisposalId is { } d ? disposals?.GetValueOrDefault(d) : null))
                yield return p;
            if (r.Sequence == expected)
                foreach (var p in CheckLink(r, previous))
                    yield return p;
            previous = r;
        }
    }

    private static string? SearchCopiesDiffer(ArchiveRecord r)
    {
        RecordSnapshot? s;
        try
        {
            s = CanonicalJson.Deserialize<RecordSnapshot>(r.SnapshotJson);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or FormatException or NotSupportedException)
        {
            return "档案内容";
        }
        if (s is null)
            return "档案内容";
        if (s.Case.Number != r.CaseNumber || s.Case.CaseId != r.CaseId)
            return "工单编号";
        if (!s.Case.Content.StartsWith(r.Content, StringComparison.Ordinal))
            return "诉求内容";
        if (s.Case.Category != r.CategoryName || s.Case.CategoryId != r.CategoryId)
            return "事项分类";
        if (s.Case.AreaId != r.AreaId)
            return "属地";
        if ((s.Closing.LeadUnit ?? "") != r.LeadUnitName)
            return "承办单位";
        if (s.Case.RequestTypeCode != r.RequestType)
            return "诉求类型";
        if (PhoneDigits.Of(s.Caller.Phone) != r.CallerPhone)
            return "来电号码";
        return null;
    }
}
