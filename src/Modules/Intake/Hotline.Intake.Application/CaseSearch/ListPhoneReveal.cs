namespace Hotline.Intake.CaseSearch;

/// <summary>
/// 查看号码 on one row of a case list: lists show masked numbers only, a role that calls back reveals one row at a time
/// through the caller-identity gate (audited there). A confidential case's number is never revealed from a list.
/// </summary>
internal sealed class ListPhoneReveal(IDbContextFactory<IntakeDbContext> contexts, IntakeAccess access, CallerIdentityService callers)
{
    public const string Purpose = "工单列表查看";
    public const string ConfidentialRefused = "保密工单不能在列表中查看号码，请在工单详情中按需查看。";

    public async Task<string> RevealAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(IntakeAccess.PhoneRevealers);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var confidential = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => (bool?)c.IsConfidential)
            .FirstOrDefaultAsync(cancellationToken) ?? throw new BusinessRuleException("工单不存在。");
        if (confidential)
            throw new BusinessRuleException(ConfidentialRefused);
        var caller = await callers.RevealAsync(caseId, Purpose, cancellationToken);
        return caller.Phone ?? throw new BusinessRuleException("诉求人未留电话号码。");
    }
}
