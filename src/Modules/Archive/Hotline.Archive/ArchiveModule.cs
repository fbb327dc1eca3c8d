using Hotline.Archive.Archiving;
using Hotline.Archive.Borrowing;
using Hotline.Archive.Disposal;
using Hotline.Archive.Document;
using Hotline.Archive.Export;
using Hotline.Archive.Integrity;
using Hotline.Archive.Workbench;
using Microsoft.Extensions.Configuration;

namespace Hotline.Archive;

/// <summary>归档 module: every closed case as an immutable, hash-chained record; the clerk's search, view, integrity check and print.</summary>
public sealed class ArchiveModule : IHotlineModule
{
    public const string Group = "归档";

    public string Name => "Archive";

    public void ConfigureModel(ModelBuilder builder) => ArchiveModel.Configure(builder);

    // One explicit call per capability folder: deleting a capability's registration fails the build.
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ArchiveDbContext>(configuration);
        services.AddArchiving();
        services.AddArchiveIntegrity();
        services.AddArchiveWorkbench();
        services.AddRecordDocument();
        services.AddArchiveExport();
        services.AddArchiveBorrowing();
        services.AddArchiveDisposal();
    }

    /// <summary>The host's command name for <see cref="VerifyCommandAsync"/>.</summary>
    public const string VerifyCommand = "verify-archive";

    /// <summary>
    /// <c>dotnet Hotline.Web.dll verify-archive</c>: verifies every year's chain and prints each problem with its archive
    /// number. Exit code 0 when intact, 2 when not; the check is audited like one started from the page.
    /// </summary>
    public static async Task<int> VerifyCommandAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<ArchiveIntegrity>().VerifyAllFromCommandAsync(cancellationToken);
        foreach (var problem in report.Problems)
            output.WriteLine($"{problem.ArchiveNumber}：{problem.Message}");
        output.WriteLine(report.Intact
            ? $"档案完整：已校验 {report.Checked} 件。末件哈希 {report.HeadHash ?? "（空）"}"
            : $"档案校验失败：已校验 {report.Checked} 件，发现 {report.Problems.Count} 处问题。");
        return report.Intact ? 0 : 2;
    }

    /// <summary>The host's command name for <see cref="BackfillCommandAsync"/>.</summary>
    public const string BackfillCommand = "backfill-archive";

    /// <summary>
    /// <c>dotnet Hotline.Web.dll backfill-archive</c>: 补录归档 of every closed case without a record of its closing (after an
    /// upgrade that brings Archive to a database with history), printing its progress. Stopped half-way, it goes on where it
    /// stopped when run again. Exit code 0, or 2 when some cases could not be archived (they are printed and logged).
    /// </summary>
    public static async Task<int> BackfillCommandAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var progress = new Progress<int>(done =>
        {
            if (done % 1000 == 0)
                output.WriteLine($"已处理 {done:N0} 件……");
        });
        var result = await scope.ServiceProvider.GetRequiredService<ArchiveBackfill>().RunFromCommandAsync(progress, cancellationToken);
        output.WriteLine($"补录归档完成：新归档 {result.Archived:N0} 件，已归档跳过 {result.Skipped:N0} 件，失败 {result.Failed.Count:N0} 件。"
            + (result.Settling > 0 ? $"缓冲期内待归档 {result.Settling:N0} 件，期满后自动归档。" : ""));
        foreach (var number in result.Failed)
            output.WriteLine($"未能归档：{number}");
        return result.Failed.Count == 0 ? 0 : 2;
    }

    public void MapEndpoints(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints) => ExportEndpoints.Map(endpoints);
}
