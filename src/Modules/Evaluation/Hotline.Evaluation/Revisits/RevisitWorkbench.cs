using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;
using Hotline.Platform.Rules;

namespace Hotline.Evaluation.Revisits;

/// <summary>Everything the revisit page shows about one case.</summary>
internal sealed record RevisitView(
    RevisitCase Case,
    IReadOnlyList<RevisitAttempt> Attempts,
    IReadOnlyList<DissatisfactionFollowUp> FollowUps,
    CategoryInfo? Category,
    string? LeadUnitName,
    int FailedDaysThisRound,
    int FailedDaysRequired,
    DateTime? ActiveLinkExpiresUtc)
{
    public bool MediationOrEnforcement => Category is { } c && RevisitRules.IsMediationOrEnforcement(c.Kind);
}

/// <summary>The manual follow-up of a dissatisfied rating: why, the cause, and instructions for the redo.</summary>
internal sealed record FollowUpInput(DissatisfactionCause? Cause, string? Why, string? Instructions);

/// <summary>The agent's revisit work on one case: read it, record an attempt, follow up a dissatisfied rating.</summary>
internal sealed class RevisitWorkbench(
    IDbContextFactory<EvaluationDbContext> contexts,
    AccessGate gate,
    EvaluationSettingsService settings,
    ICategoryCatalog categories,
    IUnitDirectory units,
    LiveUpdates live,
    TimeProvider clock)
{
    public const string Conflict = "该工单已被他人回访或处理，请刷新后重试。";
    private const int FollowUpTextMaxLength = 2000;

    public async Task<RevisitView?> GetAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(EvaluationRoles.Revisitors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.CaseId == caseId, cancellationToken);
        if (c is null)
            return null;
        var attempts = await db.Attempts.AsNoTracking().Where(a => a.CaseId == caseId)
            .OrderBy(a => a.AtUtc).ThenBy(a => a.Round).ToListAsync(cancellationToken);
        var followUps = await db.FollowUps.AsNoTracking().Where(f => f.CaseId == caseId).OrderBy(f => f.Round).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var link = await db.Links.AsNoTracking()
            .Where(l => l.CaseId == caseId && l.Round == c.Round && l.UsedAtUtc == null && l.ExpiresAtUtc > now)
            .OrderByDescending(l => l.ExpiresAtUtc).Select(l => (DateTime?)l.ExpiresAtUtc).FirstOrDefaultAsync(cancellationToken);
        var s = await settings.GetAsync(cancellationToken);
        var category = c.CategoryId is { } categoryId ? await categories.GetCategoryAsync(categoryId, cancellationToken) : null;
        var unit = c.LeadUnitId is { } unitId ? await units.GetUnitAsync(unitId, cancellationToken) : null;
        var failedDays = RevisitRules.DistinctFailedDays(attempts.Where(a => a.Round == c.Round && a.Reach == ReachResult.NotReached).Select(a => a.AtUtc));
        return new RevisitView(c, attempts, followUps, category, unit?.Name, failedDays, s.FailedAttemptsBeforeUnreachable, link);
    }

    public async Task<RevisitState> RecordAsync(Guid caseId, Guid version, RevisitInput input, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAsync(EvaluationRoles.Revisitors);
        var s = await settings.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var c = await LoadAsync(db, caseId, version, cancellationToken);
        await db.ApplyAsync(c, input, RevisitChannel.Phone, actor, clock, s, cancellationToken);
        await SaveAsync(db, cancellationToken);
        return c.State;
    }

    public async Task<RevisitState> FollowUpAsync(Guid caseId, Guid version, FollowUpInput input, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAsync(EvaluationRoles.Revisitors);
        var s = await settings.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var c = await LoadAsync(db, caseId, version, cancellationToken);
        c.RequireFollowUpPending();
        if (input.Cause is not { } cause)
            throw new BusinessRuleException("请选择不满意原因分类。");
        var why = RequiredText.Of(input.Why, "诉求人不满意的原因", FollowUpTextMaxLength);
        var instructions = RequiredText.Optional(input.Instructions, "重办要求", FollowUpTextMaxLength);

        var category = c.CategoryId is { } categoryId ? await categories.GetCategoryAsync(categoryId, cancellationToken) : null;
        var mediation = category is not null && RevisitRules.IsMediationOrEnforcement(category.Kind);
        var decision = RevisitRules.Decide(cause, mediation, c.Round, s.RedoRoundsAllowed);
        if (decision == FollowUpDecision.Redo && instructions is null)
            throw new BusinessRuleException("发回重办须填写重办要求。");

        db.FollowUps.Add(new DissatisfactionFollowUp
        {
            CaseId = c.CaseId,
            Round = c.Round,
            Cause = cause,
            Why = why,
            Instructions = instructions,
            Decision = decision,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            By = actor.UserName,
        });
        // The caller's reasons stay behind the words marker: units the caller is withheld from never read them.
        db.Step(c.CaseId, actor, clock, "不满意回访", RevisitWords.With($"原因分类：{cause.Name()}", why));
        switch (decision)
        {
            case FollowUpDecision.Closed:
                db.Close(c, cause == DissatisfactionCause.PolicyLimit ? ClosingOutcome.PolicyLimit : ClosingOutcome.ObjectiveLimit, actor, clock);
                break;
            case FollowUpDecision.Redo:
                // The unit gets the agent's instructions, not the caller's own words (they may name the complainant).
                db.RequestRedo(c, $"重办要求：{instructions}", actor, clock);
                break;
            default:
                db.ToSupervisor(c, mediation
                    ? $"{category!.Kind.DisplayName()}事项，不得片面追求满意度，由督办员决定"
                    : $"已重办 {c.Round} 次，达到重办上限 {s.RedoRoundsAllowed} 次，由督办员决定", actor, clock);
                break;
        }
        await SaveAsync(db, cancellationToken);
        return c.State;
    }

    internal static async Task<RevisitCase> LoadAsync(EvaluationDbContext db, Guid caseId, Guid version, CancellationToken cancellationToken)
    {
        var c = await db.Cases.FirstOrDefaultAsync(x => x.CaseId == caseId, cancellationToken)
            ?? throw new BusinessRuleException("回访工单不存在。");
        if (c.Version != version)
            throw new BusinessRuleException(Conflict);
        db.Entry(c).Property(x => x.Version).OriginalValue = version;
        return c;
    }

    private async Task SaveAsync(EvaluationDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveOrConflictAsync(Conflict, cancellationToken);
        }
        catch (DbUpdateException ex) when (IsDuplicateFollowUp(ex))
        {
            throw new BusinessRuleException(Conflict);
        }
        live.Publish(EvaluationSteps.LiveTopic);
    }

    /// <summary>Two follow-ups of one round collide on the unique (case, round) index.</summary>
    internal static bool IsDuplicateFollowUp(DbUpdateException ex) =>
        ex.Entries.Any(e => e.Entity is DissatisfactionFollowUp);
}
