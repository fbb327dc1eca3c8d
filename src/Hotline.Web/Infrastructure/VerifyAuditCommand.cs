namespace Hotline.Web.Infrastructure;

/// <summary>
/// <c>dotnet Hotline.Web.dll verify-audit</c>: checks the audit log's hash chain against the configured database
/// and prints the first broken entry. Exit code 0 when intact, 2 when broken — for a cron job or a monitoring check.
/// </summary>
internal static class VerifyAuditCommand
{
    public const string Name = "verify-audit";

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        var report = await services.GetRequiredService<AuditChain>().VerifyAsync(cancellationToken);
        if (!report.Intact)
        {
            output.WriteLine($"审计日志校验失败：第一条异常记录 Id={report.FirstBrokenId}（{report.Problem}）。此前 {report.Checked} 条完整。");
            return 2;
        }
        output.WriteLine($"审计日志完整：已校验 {report.Checked} 条，待封存 {report.Unsealed} 条。链头哈希 {report.HeadHash ?? "（空）"}");
        output.WriteLine("请将链头哈希记录在数据库之外（如运维日志），以便发现整条链被重写。");
        return 0;
    }
}
