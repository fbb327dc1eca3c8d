using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Hotline.Platform.Auditing;

/// <summary>What <see cref="AuditChain.VerifyAsync"/> found.</summary>
public sealed record AuditChainReport(int Checked, int Unsealed, string? HeadHash, long? FirstBrokenId, string? Problem)
{
    public bool Intact => FirstBrokenId is null;
}

/// <summary>
/// A hash chain over the audit log, so that an edit or a deletion by someone who can bypass the append-only
/// triggers (a privileged database user) is detected. Entries are inserted by many contexts in many transactions,
/// so the chain is not computed at insert: one sealer takes the unsealed entries in id order and gives each the
/// next position and its hash. The database triggers allow exactly this one change — filling the two chain
/// columns while they are empty — and nothing else. Entries committed out of id order are sealed in a later batch;
/// the chain's order is its position, not the id.
/// </summary>
public sealed class AuditChain(IServiceScopeFactory scopes)
{
    private const int BatchSize = 500;
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    // One sealer per process; the unique position index keeps two processes apart.
    private readonly SemaphoreSlim _sealing = new(1, 1);

    /// <summary>Seals every entry not sealed yet; returns how many.</summary>
    public async Task<int> SealAsync(CancellationToken cancellationToken = default)
    {
        await _sealing.WaitAsync(cancellationToken);
        try
        {
            var total = 0;
            int sealedNow;
            do
            {
                sealedNow = await SealBatchAsync(cancellationToken);
                total += sealedNow;
            }
            while (sealedNow == BatchSize);
            return total;
        }
        finally
        {
            _sealing.Release();
        }
    }

    private async Task<int> SealBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var head = await db.AuditLog.AsNoTracking().Where(a => a.ChainSeq != null).OrderByDescending(a => a.ChainSeq)
            .Select(a => new { a.ChainSeq, a.ChainHash }).FirstOrDefaultAsync(cancellationToken);
        var seq = head?.ChainSeq ?? 0;
        var previous = head?.ChainHash ?? Genesis;
        var batch = await db.AuditLog.AsNoTracking().Where(a => a.ChainSeq == null).OrderBy(a => a.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var entry in batch)
        {
            seq++;
            var hash = Hash(entry, seq, previous);
            var id = entry.Id;
            var position = seq;
            var updated = await db.AuditLog.Where(a => a.Id == id && a.ChainSeq == null)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.ChainSeq, position).SetProperty(a => a.ChainHash, hash), cancellationToken);
            if (updated != 1)
                return 0; // another sealer got there first: leave it to them
            previous = hash;
        }
        await transaction.CommitAsync(cancellationToken);
        return batch.Count;
    }

    /// <summary>Walks the chain in order and reports the first entry whose position or hash does not hold.</summary>
    public async Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var previous = Genesis;
        long expected = 1;
        var checkedCount = 0;
        while (true)
        {
            var from = expected;
            var page = await db.AuditLog.AsNoTracking().Where(a => a.ChainSeq >= from).OrderBy(a => a.ChainSeq)
                .Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var entry in page)
            {
                if (entry.ChainSeq != expected)
                    return await ReportAsync(entry.Id, $"链位置应为 {expected}，实为 {entry.ChainSeq}：之前的记录被删除");
                if (!string.Equals(Hash(entry, expected, previous), entry.ChainHash, StringComparison.Ordinal))
                    return await ReportAsync(entry.Id, "哈希不符：本条或前一条记录被修改");
                previous = entry.ChainHash!;
                expected++;
                checkedCount++;
            }
            if (page.Count < BatchSize)
                break;
        }
        var unsealed = await db.AuditLog.CountAsync(a => a.ChainSeq == null, cancellationToken);
        return new AuditChainReport(checkedCount, unsealed, checkedCount == 0 ? null : previous, null, null);

        async Task<AuditChainReport> ReportAsync(long id, string problem) =>
            new(checkedCount, await db.AuditLog.CountAsync(a => a.ChainSeq == null, cancellationToken), null, id, problem);
    }

    /// <summary>
    /// SHA-256 over the fields in a fixed order, each length-prefixed (null apart from empty) so no two entries
    /// share a text. Times to the microsecond, the precision both databases keep.
    /// </summary>
    public static string Hash(AuditEntry entry, long seq, string previousHash)
    {
        var text = new StringBuilder();
        void Field(string? value) => text.Append(value is null ? "~" : $"{value.Length}:{value}").Append('|');
        Field(seq.ToString(CultureInfo.InvariantCulture));
        Field(entry.Id.ToString(CultureInfo.InvariantCulture));
        Field(entry.AtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture));
        Field(entry.UserId);
        Field(entry.UserName);
        Field(entry.Action);
        Field(entry.ObjectType);
        Field(entry.ObjectId);
        Field(entry.Detail);
        Field(entry.IpAddress);
        Field(previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
