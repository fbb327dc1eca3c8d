using Hotline.Platform.Organization;

namespace Hotline.Intake.CaseView;

/// <summary>Intake owns the case's confidentiality flag and subject unit, so it answers the shielding question for every module.</summary>
internal sealed class CallerShielding(IDbContextFactory<IntakeDbContext> contexts, IUnitDirectory units) : ICallerShielding
{
    public async Task<bool> IsShieldedAsync(Guid caseId, Guid viewerUnitId, CancellationToken cancellationToken = default) =>
        await WithheldReasonAsync(caseId, viewerUnitId, cancellationToken) is not null;

    public async Task<string?> WithheldReasonAsync(Guid caseId, Guid viewerUnitId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var c = await db.Cases.AsNoTracking().Where(x => x.Id == caseId)
            .Select(x => new { x.IsConfidential, x.SubjectUnitId }).FirstOrDefaultAsync(cancellationToken);
        // An unknown case shields: nothing of a caller that cannot be checked is shown.
        return c is null
            ? CallerShield.UnknownCaseReason
            : await CallerShield.ReasonAsync(units, c.IsConfidential, c.SubjectUnitId, viewerUnitId, cancellationToken);
    }
}
