using System.IO.Compression;
using System.Security.Cryptography;
using Hotline.Archive.Domain;
using Hotline.Archive.Persistence;
using Hotline.E2E.Infrastructure;
using Hotline.Platform.Organization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.E2E.Archive;

/// <summary>
/// Issue #17: the archive clerk searches a year, opens a record, prints it, and exports one unit's year with live
/// progress, as a background job, to a ZIP (downloaded by its link) whose manifest hashes match its files.
/// </summary>
public sealed class ArchiveJourneyTests(E2EApp e2e) : E2ETest(e2e)
{
    private const int Year = 2025;

    /// <summary>Three records of 2025 led by 住建局 and one by another unit, sealed as the archive writer seals them.</summary>
    private async Task<IReadOnlyList<ArchiveRecord>> SeedYearAsync()
    {
        var units = E2E.App.Service<IUnitDirectory>();
        var zjj = (await units.FindByCodeAsync("ZJJ"))!;
        var other = (await units.ActiveUnitsAsync()).First(u => u.Type == UnitType.CountyDepartment && u.Id != zjj.Id);
        return await E2E.App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            var records = new List<ArchiveRecord>();
            ArchiveRecord? previous = null;
            for (var i = 1; i <= 4; i++)
            {
                var unit = i < 4 ? zjj : other;
                var closed = new DateTime(Year, 3, i, 2, 0, 0, DateTimeKind.Utc);
                var snapshot = Snapshot($"QH2025030{i}0001", unit.Name, $"1390055{i:D4}", closed);
                var contents = new ArchiveRecord.Contents(snapshot.Case.CaseId, snapshot.Case.Number, "Complaint", snapshot.Case.CategoryId,
                    snapshot.Case.Category, snapshot.Case.AreaId, unit.Id, unit.Name, snapshot.Case.Content, snapshot.Caller.Phone, false,
                    RetentionPeriod.ThirtyYears, closed, CanonicalJson.Serialize(snapshot));
                previous = ArchiveRecord.Seal(contents, Year, i, previous, null, closed.AddHours(1), "系统");
                db.Records.Add(previous);
                records.Add(previous);
            }
            await db.SaveChangesAsync();
            return records;
        });
    }

    private static RecordSnapshot Snapshot(string number, string unit, string phone, DateTime closed) => new()
    {
        Case = new SnapshotCase(Guid.NewGuid(), number, "Complaint", "投诉", Guid.NewGuid(), "城乡建设/物业管理", Guid.NewGuid(), "城关镇",
            "幸福小区3栋", "幸福小区电梯长期故障，物业不予维修，请求督促。", "电话", "一般", false, null, closed.AddDays(-6)),
        Caller = new SnapshotCaller("王女士", phone, false),
        Acceptance = new SnapshotAcceptance("agent", "待派单", closed.AddDays(-6), "agent", null),
        Assignments = [new SnapshotAssignment(Guid.NewGuid(), unit, "主办", false, closed.AddDays(-5), closed.AddDays(9), false)],
        Replies = [new SnapshotReply(0, unit, "已解决", "已督促物业公司更换电梯主板，电梯恢复运行。", false, closed.AddDays(-2), "zjj", "已通过", closed.AddDays(-2), "zjj", null)],
        Extensions = [],
        Revisits = [new SnapshotRevisit(0, "电话回访", "接通", true, "满意", "非常满意", "修好了", closed, "agent")],
        FollowUps = [],
        Closing = new SnapshotClosing("满意办结", "满意", "非常满意", true, unit, 0, closed),
        Timeline = [new SnapshotStep(closed.AddDays(-6), "受理", "登记", "话务员小陈（话务员）", null, null, null, null)],
        Attachments = [],
    };

    [Fact]
    public async Task The_clerk_searches_a_year_prints_a_record_and_exports_a_units_year_whose_manifest_matches()
    {
        var records = await SeedYearAsync();
        var clerk = await E2E.SignInAsync("archivist");
        await ScenarioAsync("archive-journey", clerk, async () =>
        {
            await E2E.GotoAsync(clerk, "/archive");
            await clerk.Locator("[data-testid=archive-year]").ClickAsync();
            await E2EApp.PickOptionAsync(clerk, Year.ToString());
            await clerk.ClickAsync("[data-testid=archive-search]");
            await Expect(clerk.Locator("[data-testid=archive-total]")).ToHaveTextAsync("共 4 件");

            await clerk.Locator($"[data-testid=archive-row][data-number='{records[0].ArchiveNumber}'] a").ClickAsync();
            await Expect(clerk.Locator("[data-testid=record-number]")).ToContainTextAsync(records[0].ArchiveNumber);
            var (pdfName, pdf) = await Downloads.DownloadAsync(clerk, clerk.Locator("[data-testid=record-pdf]"));
            Assert.EndsWith(".pdf", pdfName);
            var text = Downloads.PdfText(pdf);
            Assert.Contains(records[0].ArchiveNumber, text);
            Assert.Contains("139****0001", text);
            Assert.DoesNotContain("13900550001", text);

            await E2E.GotoAsync(clerk, "/archive");
            await clerk.Locator("[data-testid=archive-year]").ClickAsync();
            await E2EApp.PickOptionAsync(clerk, Year.ToString());
            await clerk.Locator("[data-testid=archive-unit]").ClickAsync();
            await E2EApp.PickOptionAsync(clerk, "县住房和城乡建设局");
            await clerk.ClickAsync("[data-testid=archive-search]");
            await Expect(clerk.Locator("[data-testid=archive-total]")).ToHaveTextAsync("共 3 件");

            await clerk.ClickAsync("[data-testid=export-start]");
            await Expect(clerk.Locator(".mud-input-control:has([data-testid=export-purpose]) .mud-input-error").Last).ToBeVisibleAsync();
            await clerk.FillAsync("input[data-testid=export-purpose]", "县政府年度督查调取住建局全年工单档案");
            await clerk.ClickAsync("[data-testid=export-start]");
            // The job runs in the background; the panel follows it live and then offers the ZIP for 24 hours.
            await Expect(clerk.Locator("[data-testid=export-result]")).ToContainTextAsync("已导出 3 件档案", new() { Timeout = 60_000 });
            await Expect(clerk.Locator("[data-testid=export-count]").First).ToHaveTextAsync("3 / 3 件");
            var (zipName, zip) = await Downloads.DownloadAsync(clerk, clerk.Locator("[data-testid=export-download]").First);
            Assert.EndsWith(".zip", zipName);

            using var archive = new ZipArchive(new MemoryStream(zip));
            var manifest = ReadAll(archive.GetEntry("manifest-sha256.txt")!).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(4, manifest.Length);   // three records and the index
            foreach (var line in manifest)
            {
                var (hash, path) = (line[..64], line[66..]);
                using var content = new MemoryStream();
                using (var stream = archive.GetEntry(path)!.Open())
                    stream.CopyTo(content);
                Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(content.ToArray())));
            }
            Assert.Contains(manifest, l => l.EndsWith($"{records[2].ArchiveNumber}.pdf"));
            Assert.DoesNotContain(manifest, l => l.EndsWith($"{records[3].ArchiveNumber}.pdf"));
        });
    }

    /// <summary>
    /// 调阅 in the browser: the supervisor finds 档案调阅 in the menu and asks; of two clerks with the list open, the one
    /// who decides second is told the request was decided already; the supervisor then reads the record.
    /// </summary>
    [Fact]
    public async Task A_borrowing_is_asked_from_the_menu_decided_once_by_two_clerks_and_read()
    {
        var record = await SeedBorrowableAsync();
        var supervisor = await E2E.SignInAsync("supervisor");
        var clerk = await E2E.SignInAsync("archivist");
        var otherClerk = await E2E.SignInAsync("archivist");
        await ScenarioAsync("archive-borrowing", supervisor, async () =>
        {
            await supervisor.Locator(".mud-navmenu a[href='/archive/borrow']").ClickAsync();
            await E2EApp.ExpectPathAsync(supervisor, new System.Text.RegularExpressions.Regex("/archive/borrow$"));
            await E2EApp.WaitInteractiveAsync(supervisor);
            await supervisor.FillAsync("input[data-testid=borrow-number]", record.ArchiveNumber);
            await supervisor.FillAsync("textarea[data-testid=borrow-reason]", "复核该工单的办理过程");
            await supervisor.ClickAsync("[data-testid=borrow-submit]");
            await Expect(supervisor.Locator($"[data-testid=borrow-row]:has-text('{record.ArchiveNumber}')")).ToContainTextAsync("待审批");

            await clerk.Locator(".mud-navmenu a[href='/archive/borrowings']").ClickAsync();
            await E2E.GotoAsync(otherClerk, "/archive/borrowings");
            var row = $"[data-testid=borrowings-row]:has-text('{record.ArchiveNumber}')";
            await clerk.Locator($"{row} [data-testid=borrowings-approve]").ClickAsync();
            await Expect(clerk.Locator(row)).ToContainTextAsync("已批准");
            await otherClerk.Locator($"{row} [data-testid=borrowings-approve]").ClickAsync();
            await Expect(otherClerk.Locator("[data-testid=borrowings-error]")).ToContainTextAsync("该调阅申请已审批（已批准），不能重复审批。");

            await E2E.GotoAsync(supervisor, "/archive/borrow");
            await supervisor.Locator($"[data-testid=borrow-row]:has-text('{record.ArchiveNumber}') [data-testid=borrow-open]").ClickAsync();
            await Expect(supervisor.Locator("[data-testid=borrowed-number]")).ToContainTextAsync(record.ArchiveNumber);
        });
    }

    /// <summary>One record of 2024, a year no other scenario seals.</summary>
    private Task<ArchiveRecord> SeedBorrowableAsync() => E2E.App.WithScopeAsync(async sp =>
    {
        var closed = new DateTime(2024, 6, 3, 2, 0, 0, DateTimeKind.Utc);
        var snapshot = Snapshot("QH20240603000001", "县住房和城乡建设局", "13900660001", closed);
        var contents = new ArchiveRecord.Contents(snapshot.Case.CaseId, snapshot.Case.Number, "Complaint", snapshot.Case.CategoryId,
            snapshot.Case.Category, snapshot.Case.AreaId, Guid.NewGuid(), "县住房和城乡建设局", snapshot.Case.Content, snapshot.Caller.Phone, false,
            RetentionPeriod.ThirtyYears, closed, CanonicalJson.Serialize(snapshot));
        var record = ArchiveRecord.Seal(contents, 2024, 1, null, null, closed.AddHours(1), "系统");
        var db = sp.GetRequiredService<ArchiveDbContext>();
        db.Records.Add(record);
        await db.SaveChangesAsync();
        return record;
    });

    private static string ReadAll(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
