using Hotline.Evaluation.Contracts;
using Hotline.Handling.Contracts;

namespace Hotline.Integration.Feed;

/// <summary>
/// The data of each feed event, built once from the module event with names resolved. Never the caller's identity;
/// a confidential case's words are left out.
/// </summary>
internal sealed class FeedPayloads(ICategoryCatalog categories, IAreaDirectory areas, IUnitDirectory units)
{
    public async Task<string> AcceptedAsync(CaseAccepted e, CancellationToken ct) => Json(new
    {
        caseNumber = e.CaseNumber,
        requestType = e.RequestType.ToString(),
        category = await CategoryAsync(e.CategoryId, ct),
        area = await areas.GetAreaAsync(e.AreaId, ct) is { } area ? new { code = area.Code, name = area.PathName } : null,
        urgency = e.Urgency.ToString(),
        content = e.IsConfidential ? null : e.Summary,
        registeredAt = ApiJson.China(e.RegisteredAtUtc),
    });

    public async Task<string> DispatchedAsync(CaseDispatched e, CancellationToken ct)
    {
        var names = (await units.GetUnitsAsync(e.Assignments.Select(a => a.UnitId), ct)).ToDictionary(u => u.Id);
        return Json(new
        {
            caseNumber = e.CaseNumber,
            reassignment = e.IsReassignment,
            requestType = e.RequestType.ToString(),
            category = await CategoryAsync(e.CategoryId, ct),
            content = e.IsConfidential ? null : e.Summary,
            dispatchedAt = ApiJson.China(e.DispatchedAtUtc),
            units = e.Assignments.Select(a => new
            {
                id = a.UnitId,
                code = names.GetValueOrDefault(a.UnitId)?.Code,
                name = names.GetValueOrDefault(a.UnitId)?.Name,
                role = a.Role == AssignmentRole.Lead ? "主办" : "协办",
                signForDue = ApiJson.China(a.SignForDueUtc),
                completionDue = ApiJson.China(a.CompletionDueUtc),
            }),
        });
    }

    public async Task<string> RepliedAsync(CaseReplied e, CancellationToken ct) => Json(new
    {
        caseNumber = e.CaseNumber,
        round = e.Round,
        unit = await UnitAsync(e.LeadUnitId, ct),
        result = e.Result.DisplayName(),
        replyText = e.ReplyText,
        onTime = e.OnTime,
        repliedAt = ApiJson.China(e.RepliedAtUtc),
    });

    public async Task<string> RatedAsync(CaseClosed e, CancellationToken ct) => Json(new
    {
        caseNumber = e.CaseNumber,
        intakeRating = e.IntakeRating?.DisplayName(),
        handlingRating = e.HandlingRating?.DisplayName(),
        resolved = e.Resolved,
        redo = (object?)null,
        unit = e.LeadUnitId is { } lead ? await UnitAsync(lead, ct) : null,
        at = ApiJson.China(e.ClosedAtUtc),
    });

    public async Task<string> RedoAsync(RedoRequested e, Guid? leadUnitId, CancellationToken ct) => Json(new
    {
        caseNumber = e.CaseNumber,
        intakeRating = (string?)null,
        handlingRating = "不满意",
        resolved = (bool?)false,
        redo = new { round = e.Round, reason = e.Reason },
        unit = leadUnitId is { } lead ? await UnitAsync(lead, ct) : null,
        at = ApiJson.China(e.AtUtc),
    });

    public async Task<string> ClosedAsync(CaseClosed e, CancellationToken ct) => Json(new
    {
        caseNumber = e.CaseNumber,
        outcome = e.Outcome.DisplayName(),
        unit = e.LeadUnitId is { } lead ? await UnitAsync(lead, ct) : null,
        closedAt = ApiJson.China(e.ClosedAtUtc),
    });

    public static string ClosedAtIntake(CaseClosedAtIntake e, DateTime atUtc) => Json(new
    {
        caseNumber = e.CaseNumber,
        outcome = e.Outcome.DisplayName(),
        unit = (object?)null,
        closedAt = ApiJson.China(atUtc),
    });

    private async Task<object?> CategoryAsync(Guid id, CancellationToken ct) =>
        await categories.GetCategoryAsync(id, ct) is { } c ? new { code = c.Code, name = c.PathName } : null;

    private async Task<object?> UnitAsync(Guid id, CancellationToken ct) =>
        await units.GetUnitAsync(id, ct) is { } u ? new { id = u.Id, code = u.Code, name = u.Name } : null;

    private static string Json(object value) => JsonSerializer.Serialize(value, ApiJson.Options);
}
