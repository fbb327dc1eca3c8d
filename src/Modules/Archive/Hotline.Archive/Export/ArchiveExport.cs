using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Hotline.Archive.Document;
using Hotline.Archive.Workbench;
using Hotline.Platform.Catalog;
using Hotline.Platform.Documents;
using Hotline.Platform.Notifications;
using Hotline.Platform.Organization;
using MiniExcelLibs;

namespace Hotline.Archive.Export;

/// <summary>
/// 批量导出: the records of a search as a ZIP — one 工单归档表 PDF per record, an Excel index and a manifest with every
/// file's SHA-256 — written straight into the output stream a record at a time. Every export states its purpose and
/// is audited with the query and the count, cancelled ones included.
/// </summary>
internal sealed class ArchiveExport(
    IDbContextFactory<ArchiveDbContext> contexts,
    AccessGate gate,
    ArchiveSearch search,
    DocumentRenderer renderer,
    ICategoryCatalog categories,
    IUnitDirectory units,
    IAreaDirectory areas,
    TimeProvider clock)
{
    public const string AuditAction = "档案导出";
    public const int MaxRecords = 5000;
    public const int PurposeMax = 200;
    public const string ManifestName = "manifest-sha256.txt";
    public const string IndexName = "index.xlsx";

    /// <summary>Checks the request and counts the records, before anything is written.</summary>
    /// <exception cref="BusinessRuleException">No purpose, a refused query, nothing found, or too many records.</exception>
    public async Task<int> CountAsync(ArchiveQuery query, string? purpose, CancellationToken ct = default)
    {
        await gate.RequireAsync(ArchiveAccess.Clerks);
        return await CheckedCountAsync(query, purpose, ct);
    }

    /// <summary><see cref="CountAsync"/> for a job whose requester was checked when it was queued.</summary>
    public async Task<int> CheckedCountAsync(ArchiveQuery query, string? purpose, CancellationToken ct)
    {
        RequirePurpose(purpose);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var count = await Exportable(await search.FilterAsync(db, query, ct)).CountAsync(ct);
        if (count == 0)
            throw new BusinessRuleException("没有符合条件的档案，未生成导出文件。");
        if (count > MaxRecords)
            throw new BusinessRuleException($"一次最多导出 {MaxRecords} 件档案，当前条件下有 {count} 件，请缩小查询范围。");
        return count;
    }

    /// <summary>Destroyed records have nothing left to print: the disposal register speaks for them.</summary>
    private static IQueryable<ArchiveRecord> Exportable(IQueryable<ArchiveRecord> records) => records.Where(r => r.DestroyedAtUtc == null);

    /// <returns>The number of records written.</returns>
    public async Task<int> ExportAsync(ArchiveQuery query, string? purpose, Stream output, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(ArchiveAccess.Clerks);
        return await ExportAsAsync(actor, query, await DescribeAsync(query, ct), purpose, output, progress, ct);
    }

    /// <summary>
    /// The export for <paramref name="actor"/>, who was checked when the job was queued (the background job has no signed-in user);
    /// <paramref name="description"/> is the query in words as <see cref="DescribeAsync"/> gave it when the job was queued.
    /// </summary>
    public async Task<int> ExportAsAsync(Actor actor, ArchiveQuery query, string description, string? purpose, Stream output,
        IProgress<int>? progress, CancellationToken ct)
    {
        var expected = await CheckedCountAsync(query, purpose, ct);
        var written = 0;
        var completed = false;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var ids = await Exportable(await search.FilterAsync(db, query, ct)).OrderBy(r => r.Year).ThenBy(r => r.Sequence).Select(r => r.Id).ToListAsync(ct);
            var manifest = new StringBuilder();
            var index = new List<Dictionary<string, object>>();
            var now = clock.GetUtcNow().UtcDateTime;
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var id in ids)
                {
                    ct.ThrowIfCancellationRequested();
                    var view = await ArchiveRecords.ReadAsync(db, id, ct);
                    var pdf = renderer.Render(RecordLayout.Build(view, now, actor.UserName));
                    var path = $"records/{RecordLayout.FormName}-{view.ArchiveNumber}.pdf";
                    await AddAsync(zip, path, pdf, manifest, ct);
                    index.Add(new Dictionary<string, object>
                    {
                        ["档案号"] = view.ArchiveNumber, ["类别"] = view.Kind.DisplayName(), ["工单编号"] = view.Snapshot.Case.Number,
                        ["年度"] = view.Year, ["诉求类型"] = view.Snapshot.Case.RequestType, ["事项分类"] = view.Snapshot.Case.Category,
                        ["承办单位"] = view.Snapshot.Closing.LeadUnit ?? "", ["办结时间"] = ChinaTime.Format(view.Snapshot.Closing.ClosedAtUtc),
                        ["保管期限"] = view.Retention.DisplayName(), ["密级"] = view.Confidential ? "保密" : "公开",
                        ["档案哈希"] = view.RecordHash, ["文件"] = path,
                    });
                    written++;
                    progress?.Report(written);
                }
                using (var sheet = new MemoryStream())
                {
                    await sheet.SaveAsAsync(index, sheetName: "档案目录", cancellationToken: ct);
                    await AddAsync(zip, IndexName, sheet.ToArray(), manifest, ct);
                }
                var entry = zip.CreateEntry(ManifestName, CompressionLevel.Optimal);
                await using (var stream = entry.Open())
                    await stream.WriteAsync(Encoding.UTF8.GetBytes(manifest.ToString()), ct);
            }
            completed = true;
            return written;
        }
        finally
        {
            // Audited whether it finished or not: who, which query, how many, why.
            await using var audit = await contexts.CreateDbContextAsync(CancellationToken.None);
            audit.Audit(actor, clock, AuditAction, "Archive", null,
                $"{(completed ? "完成" : "未完成")}：{written}/{expected} 件；用途：{purpose!.Trim()}；条件：{description}");
            await audit.SaveChangesAsync(CancellationToken.None);
        }
    }

    private static async Task AddAsync(ZipArchive zip, string path, byte[] content, StringBuilder manifest, CancellationToken ct)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Fastest);
        await using (var stream = entry.Open())
            await stream.WriteAsync(content, ct);
        // sha256sum's format, so `sha256sum -c` checks the unpacked files.
        manifest.Append(Convert.ToHexStringLower(SHA256.HashData(content))).Append("  ").Append(path).Append('\n');
    }

    private static void RequirePurpose(string? purpose)
    {
        if (string.IsNullOrWhiteSpace(purpose))
            throw new BusinessRuleException("请填写导出用途。", "purpose");
        if (purpose.Trim().Length > PurposeMax)
            throw new BusinessRuleException($"导出用途不能超过 {PurposeMax} 个字。", "purpose");
    }

    /// <summary>
    /// The query in words, for the job list (条件) and the audit log: the category, unit and area by name, as the search
    /// form shows them, never by id; the caller's number masked (138****1234).
    /// </summary>
    public async Task<string> DescribeAsync(ArchiveQuery q, CancellationToken ct = default)
    {
        const string unknown = "（未知）";
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(q.Number)) parts.Add($"编号：{q.Number.Trim()}");
        if (q.Year is { } y) parts.Add($"年度：{y}");
        if (q.CategoryId is { } c) parts.Add($"分类：{(await categories.GetCategoryAsync(c, ct))?.PathName ?? unknown}");
        if (q.UnitId is { } u) parts.Add($"单位：{(await units.GetUnitAsync(u, ct))?.Name ?? unknown}");
        if (q.AreaId is { } a) parts.Add($"属地：{(await areas.GetAreaAsync(a, ct))?.PathName ?? unknown}");
        if (PhoneDigits.Of(q.CallerPhone) is { } phone) parts.Add($"来电号码：{PhoneMask.Mask(phone)}");
        if (q.ClosedFrom is { } f) parts.Add($"办结自：{f:yyyy-MM-dd}");
        if (q.ClosedTo is { } t) parts.Add($"办结至：{t:yyyy-MM-dd}");
        if (!string.IsNullOrWhiteSpace(q.Keyword)) parts.Add($"关键词：{q.Keyword.Trim()}");
        return parts.Count == 0 ? "全部" : string.Join("；", parts);
    }
}
