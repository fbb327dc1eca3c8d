using System.Text.Json;
using Hotline.Platform.Exports;
using Hotline.Platform.Organization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Hotline.Intake.CaseSearch.Export;

/// <summary>Exports of more than this many cases run as a background job; smaller ones download at once.</summary>
internal sealed class CaseExportOptions
{
    public const string Section = "Intake:Export";

    public int DirectLimit { get; set; } = 2_000;
}

/// <summary>
/// What a queued case export reads when it runs. The phone the list was filtered by is not in <see cref="Filter"/>: it is
/// kept only in <see cref="ProtectedPhone"/>, protected with the app's Data Protection keys (in the data directory, not
/// the database), so the job table and a copy of the database hold no caller's number.
/// </summary>
internal sealed record CaseExportArguments(CaseListFilter Filter, CaseSort Sort, bool FullPhones, string? ProtectedPhone = null);

/// <summary>Seals and opens <see cref="CaseExportArguments"/> as the job keeps them (<c>QueryJson</c>).</summary>
internal sealed class CaseExportArgumentsSeal(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Hotline.Intake.CaseExport.Phone.v1");

    public string Seal(CaseListFilter filter, CaseSort sort, bool fullPhones) =>
        JsonSerializer.Serialize(new CaseExportArguments(filter with { Phone = null }, sort, fullPhones,
            string.IsNullOrWhiteSpace(filter.Phone) ? null : _protector.Protect(filter.Phone.Trim())));

    /// <exception cref="System.Security.Cryptography.CryptographicException">The keys that protected the number are gone.</exception>
    public CaseExportArguments Open(string queryJson)
    {
        var arguments = JsonSerializer.Deserialize<CaseExportArguments>(queryJson)!;
        return arguments.ProtectedPhone is { } phone
            ? arguments with { Filter = arguments.Filter with { Phone = _protector.Unprotect(phone) }, ProtectedPhone = null }
            : arguments;
    }
}

/// <summary>
/// The case list's large exports as background jobs (checked and counted when asked for, then read and written by
/// <see cref="CaseExportRunner"/>): the page can be left, the job's progress is on the list when the user comes back,
/// and the file waits 24 hours for its requester.
/// </summary>
internal sealed class CaseExportJobs(IntakeAccess access, ExportJobDesk<IntakeDbContext, CaseExportJob> desk, CaseExportArgumentsSeal seal,
    ICategoryCatalog categories, IAreaDirectory areas, IUnitDirectory units, IOptions<CaseExportOptions> options)
{
    public const string DownloadAction = "下载工单导出文件";

    public int DirectLimit => options.Value.DirectLimit;

    public async Task<Guid> StartAsync(CaseExportRequest request, CaseSort sort, CancellationToken ct = default) =>
        await desk.QueueAsync(request.Actor, seal.Seal(request.Filter, sort, request.FullPhones),
            await DescribeAsync(request.Filter, ct), "", request.Total, ct);

    public async Task<IReadOnlyList<ExportJobRow>> MineAsync(CancellationToken ct = default) =>
        await desk.MineAsync((await access.RequireAsync(IntakeAccess.CenterReaders)).UserId, ct);

    public async Task CancelAsync(Guid jobId, CancellationToken ct = default) =>
        await desk.CancelAsync((await access.RequireAsync(IntakeAccess.CenterReaders)).UserId, jobId, ct);

    /// <summary>The finished file for its requester, audited; a file with full numbers only while the requester's role still shows them.</summary>
    /// <exception cref="Hotline.Platform.BusinessRuleException">Not this user's, not finished, or expired.</exception>
    public async Task<(Stream Content, string FileName)> OpenAsync(Guid jobId, CancellationToken ct = default)
    {
        var actor = await access.RequireAsync(IntakeAccess.CenterReaders);
        var fullPhonesAllowed = await access.IsInAnyRoleAsync(IntakeAccess.PhoneRevealers);
        var (content, job) = await desk.OpenAsync(actor, jobId, DownloadAction, "CaseList",
            j => fullPhonesAllowed || !JsonSerializer.Deserialize<CaseExportArguments>(j.QueryJson)!.FullPhones, ct);
        return (content, CaseExport.FileName(job.RequestedAtUtc));
    }

    /// <summary>The filter in words, for the job list and the audit log.</summary>
    private async Task<string> DescribeAsync(CaseListFilter f, CancellationToken ct)
    {
        var parts = new List<string>();
        if (f.From is not null || f.To is not null)
            parts.Add($"登记 {f.From:yyyy-MM-dd} 至 {f.To:yyyy-MM-dd}");
        if (f.Status is { } status)
            parts.Add($"状态 {status.DisplayName()}");
        if (f.RequestType is { } type)
            parts.Add($"类型 {(await categories.RequestTypesAsync(ct)).FirstOrDefault(t => t.Code == type)?.Name ?? type.ToString()}");
        if (f.CategoryId is { } category)
            parts.Add($"分类 {(await categories.GetCategoriesAsync([category], ct)).FirstOrDefault()?.PathName}");
        if (f.AreaId is { } area)
            parts.Add($"属地 {(await areas.GetAreasAsync([area], ct)).FirstOrDefault()?.PathName}");
        if (f.LeadUnitId is { } unit)
            parts.Add($"主办单位 {(await units.GetUnitAsync(unit, ct))?.Name}");
        if (f.Channel is { } channel)
            parts.Add($"渠道 {channel.DisplayName()}");
        if (!string.IsNullOrWhiteSpace(f.Number))
            parts.Add($"工单号含 {f.Number.Trim()}");
        if (!string.IsNullOrWhiteSpace(f.Phone))
            parts.Add("按电话");
        if (!string.IsNullOrWhiteSpace(f.Keyword))
            parts.Add($"关键词 {f.Keyword}");
        if (f.RepeatOnly)
            parts.Add("仅重复诉求");
        return parts.Count == 0 ? "全部工单" : string.Join("；", parts);
    }
}
