using System.IO.Compression;
using System.Security.Cryptography;
using Hotline.Archive.Export;
using Hotline.Archive.Workbench;
using Hotline.Platform;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Archive.ArchiveTestData;

namespace Hotline.IntegrationTests.Archive;

/// <summary>批量导出: a ZIP of record PDFs, an index and a manifest whose hashes match; purpose required, empty queries refused, audited.</summary>
public abstract class ExportTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<int> ExportAsync(ArchiveQuery query, string? purpose, Stream output, string user = "archivist", CancellationToken ct = default) =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<ArchiveExport>().ExportAsync(query, purpose, output, null, ct));

    [Fact]
    public async Task A_query_exports_one_pdf_per_record_with_an_index_and_a_manifest_whose_hashes_match()
    {
        var d = await ClosedCaseAsync(app, "13900004001", withExtension: false);
        var record = Assert.Single(await RecordsAsync(app, d.CaseId));
        using var zipBytes = new MemoryStream();

        Assert.Equal(1, await ExportAsync(new ArchiveQuery { Number = d.CaseNumber }, "信访复核调阅", zipBytes));

        zipBytes.Position = 0;
        using var zip = new ZipArchive(zipBytes, ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains($"records/工单归档表-{record.ArchiveNumber}.pdf", names);
        Assert.Contains(ArchiveExport.IndexName, names);
        Assert.Contains(ArchiveExport.ManifestName, names);
        string manifest;
        using (var reader = new StreamReader(zip.GetEntry(ArchiveExport.ManifestName)!.Open()))
            manifest = await reader.ReadToEndAsync();
        var lines = manifest.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        foreach (var line in lines)
        {
            var (hash, path) = (line[..64], line[66..]);
            using var content = new MemoryStream();
            await using (var entry = zip.GetEntry(path)!.Open())
                await entry.CopyToAsync(content);
            Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(content.ToArray())));
        }
        Assert.True(await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.AnyAsync(a =>
            a.Action == ArchiveExport.AuditAction && a.UserName == "archivist" && a.Detail!.Contains("完成：1/1 件") && a.Detail.Contains("信访复核调阅"))));
    }

    [Fact]
    public async Task An_empty_query_or_a_missing_purpose_is_refused_and_nothing_is_written()
    {
        var d = await ClosedCaseAsync(app, "13900004002", withExtension: false);
        using var output = new MemoryStream();
        var empty = await Assert.ThrowsAsync<BusinessRuleException>(() => ExportAsync(new ArchiveQuery { Number = "无此编号" }, "核查", output));
        Assert.Equal("没有符合条件的档案，未生成导出文件。", empty.Message);
        var noPurpose = await Assert.ThrowsAsync<BusinessRuleException>(() => ExportAsync(new ArchiveQuery { Number = d.CaseNumber }, "  ", output));
        Assert.Equal("请填写导出用途。", noPurpose.Message);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task A_cancelled_export_is_audited_as_unfinished()
    {
        var d = await ClosedCaseAsync(app, "13900004003", withExtension: false);
        using var cts = new CancellationTokenSource();
        var progress = new CancelOnFirstRecord(cts);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => app.AsUserAsync("archivist", sp =>
            sp.GetRequiredService<ArchiveExport>().ExportAsync(new ArchiveQuery { Number = d.CaseNumber[..^1] }, "核查", new MemoryStream(), progress, cts.Token)));
        Assert.True(await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.AnyAsync(a =>
            a.Action == ArchiveExport.AuditAction && a.Detail!.StartsWith("未完成"))));
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("admin")]
    [InlineData("zjj")]
    public async Task Other_roles_are_refused(string user)
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => ExportAsync(new ArchiveQuery(), "核查", new MemoryStream(), user));
    }
}

/// <summary>Reports synchronously (unlike <see cref="Progress{T}"/>), so the export is cancelled right after its first record.</summary>
internal sealed class CancelOnFirstRecord(CancellationTokenSource cts) : IProgress<int>
{
    public void Report(int value) => cts.Cancel();
}

public sealed class SqliteExportTests(SqliteApp app) : ExportTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbExportTests(MariaDbApp app) : ExportTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
