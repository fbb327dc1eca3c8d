using Hotline.Platform.Cases;
using Hotline.Platform.Documents.Model;
using Hotline.Platform.Identity;
using Hotline.Platform.Notifications;
using Hotline.Platform.Organization;

namespace Hotline.Intake.FlowSheet;

/// <summary>A built flow sheet with the name the browser saves it under.</summary>
internal sealed record PrintedFlowSheet(Document Document, string CaseNumber)
{
    public string FileName => $"{FlowSheetLayout.FormName}-{CaseNumber}.pdf";
}

/// <summary>
/// Prints a case's 工作流转单 for whoever may see the case: any center role, or a member unit that is
/// (or was) on the case. The caller is shown exactly as on screen for that viewer, masked and with
/// confidentiality applied; every print is audited.
/// </summary>
internal sealed class FlowSheetService(
    IDbContextFactory<IntakeDbContext> contexts,
    AccessGate gate,
    CurrentUser currentUser,
    ICaseDirectory cases,
    ICallerIdentity callers,
    CaseTimelineReader timeline,
    ICategoryCatalog categories,
    IAreaDirectory areas,
    IUnitDirectory units,
    IEnumerable<IUnitCaseScope> unitScopes,
    TimeProvider clock)
{
    public const string AuditAction = "打印工作流转单";

    /// <summary>Whether the signed-in user may print this case's sheet; for showing or hiding the button.</summary>
    public async Task<bool> CanPrintAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        try
        {
            await ViewerAsync(caseId, cancellationToken);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <exception cref="UnauthorizedAccessException">Not a center role, nor a unit on the case.</exception>
    /// <exception cref="BusinessRuleException">The case does not exist.</exception>
    public async Task<PrintedFlowSheet> BuildAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var (actor, viewer) = await ViewerAsync(caseId, cancellationToken);
        var summary = await cases.GetAsync(caseId, cancellationToken) ?? throw new BusinessRuleException("工单不存在。");
        var caller = await callers.ViewAsync(caseId, cancellationToken);
        var steps = await timeline.ReadAsync(caseId, viewer, cancellationToken);

        var facts = new FlowSheetFacts
        {
            HotlineName = await HotlineNameAsync(cancellationToken),
            CaseNumber = summary.CaseNumber,
            RegisteredAtUtc = summary.RegisteredAtUtc,
            Channel = summary.Channel.DisplayName(),
            RequestType = (await categories.GetRequestTypeAsync(summary.RequestType, cancellationToken)).Name,
            Category = (await categories.GetCategoryAsync(summary.CategoryId, cancellationToken))?.PathName ?? "—",
            Place = JoinPlace((await areas.GetAreaAsync(summary.AreaId, cancellationToken))?.PathName, summary.Address),
            Urgency = summary.Urgency.DisplayName(),
            Status = summary.Status.DisplayName(),
            Confidential = summary.IsConfidential,
            CallerName = caller.IdentityWithheld ? CallerShield.Withheld : caller.Name,
            CallerPhone = PrintedPhone(caller),
            SubjectUnit = summary.SubjectUnitId is { } subject ? (await units.GetUnitAsync(subject, cancellationToken))?.Name : null,
            Content = summary.Content,
            PrintedAtUtc = clock.GetUtcNow().UtcDateTime,
            PrintedBy = await PrintedByAsync(actor, viewer, cancellationToken),
        };
        var document = FlowSheetLayout.Build(facts, steps);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Audit(actor, clock, AuditAction, "Case", summary.CaseNumber,
            viewer.IsCenter ? $"{steps.Count} 个环节" : $"{steps.Count} 个环节；成员单位打印");
        await db.SaveChangesAsync(cancellationToken);
        return new PrintedFlowSheet(document, summary.CaseNumber);
    }

    /// <summary>
    /// Print never shows a full number: even if a view ever came back unmasked (a unit allowed to
    /// reveal), paper leaves the screen's audit trail, so it is masked here again.
    /// </summary>
    internal static string PrintedPhone(CallerView caller) =>
        caller.IdentityWithheld ? CallerShield.Withheld
        : string.IsNullOrWhiteSpace(caller.Phone) ? "（未留电话）"
        : caller.PhoneMasked ? caller.Phone
        : PhoneMask.Mask(caller.Phone);

    /// <summary>The person's display name, and for a unit user their unit, so the paper says who printed it.</summary>
    private async Task<string> PrintedByAsync(Actor actor, CaseViewer viewer, CancellationToken cancellationToken)
    {
        var display = (await currentUser.PrincipalAsync()).FindFirst(HotlineClaims.DisplayName)?.Value;
        var name = string.IsNullOrWhiteSpace(display) ? actor.UserName : display;
        var unit = viewer.UnitId is { } unitId ? (await units.GetUnitAsync(unitId, cancellationToken))?.Name : null;
        return unit is null ? name : $"{name}（{unit}）";
    }

    private static string JoinPlace(string? areaPath, string address) =>
        string.Join(" ", new[] { areaPath, address }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } place ? place : "—";

    /// <summary>The county is the root of the area tree (属地); its name heads the form, as on the county's paper forms.</summary>
    private async Task<string> HotlineNameAsync(CancellationToken cancellationToken)
    {
        var roots = await areas.ChildrenAsync(null, activeOnly: true, cancellationToken);
        return roots is [{ Level: AreaLevel.County } county]
            ? county.Name + FlowSheetLayout.DefaultHotlineName
            : FlowSheetLayout.DefaultHotlineName;
    }

    /// <summary>
    /// Center roles see every case. A unit user sees a case only when Dispatch (through
    /// <see cref="IUnitCaseScope"/>) says their unit is or was on it; with no such answer registered,
    /// units are refused rather than guessed in.
    /// </summary>
    private async Task<(Actor Actor, CaseViewer Viewer)> ViewerAsync(Guid caseId, CancellationToken cancellationToken)
    {
        if (await gate.IsCenterAsync())
            return (await gate.RequireAsync(HotlinePolicies.CenterRoles), CaseViewer.Center);
        var (actor, unitId) = await gate.RequireUnitAsync([.. HotlineRoles.UnitRoles]);
        // The last registration wins, as for any single service resolved from the container.
        var scope = unitScopes.LastOrDefault();
        if (scope is null || !(await scope.ParticipationAsync(caseId, unitId, cancellationToken)).OnCase)
            throw new UnauthorizedAccessException("本单位不在该工单的承办单位之列，无权打印工作流转单。");
        return (actor, new CaseViewer(false, unitId));
    }
}
