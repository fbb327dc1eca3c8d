namespace Hotline.Evaluation.Figures;

/// <summary>One lead unit's counted ratings over some time: what 响应率, 解决率 and 满意率 are computed from.</summary>
internal sealed record RatingCounts(
    Guid UnitId, int Revisited, int ContactedOnTime, int Resolved, int Satisfied, int BasicallySatisfied, int Dissatisfied, int Redone, int SecondRatings)
{
    public RatingCounts Plus(RatingCounts o) => new(UnitId, Revisited + o.Revisited, ContactedOnTime + o.ContactedOnTime,
        Resolved + o.Resolved, Satisfied + o.Satisfied, BasicallySatisfied + o.BasicallySatisfied, Dissatisfied + o.Dissatisfied,
        Redone + o.Redone, SecondRatings + o.SecondRatings);

    /// <summary>
    /// Counted in the database, one row per unit, over the validly revisited cases (caller reached and rated) whose counted
    /// rating was taken in [fromUtc, toUtc). Redone: ever sent back for redo; second: the counted rating is the one taken
    /// after a redo (the latest replaces the first).
    /// </summary>
    public static IQueryable<RatingCounts> Query(EvaluationDbContext db, DateTime fromUtc, DateTime toUtc) =>
        db.Cases
            .Where(c => c.LeadUnitId != null && c.HandlingRating != null && c.Resolved != null && c.RatedAtUtc >= fromUtc && c.RatedAtUtc < toUtc)
            .Select(c => new
            {
                UnitId = c.LeadUnitId!.Value,
                Contacted = db.FirstContacts.Any(k => k.AssignmentId == c.LeadAssignmentId && k.OnTime) ? 1 : 0,
                Resolved = c.Resolved == true ? 1 : 0,
                Satisfied = c.HandlingRating == Rating.VerySatisfied || c.HandlingRating == Rating.Satisfied ? 1 : 0,
                Basically = c.HandlingRating == Rating.BasicallySatisfied ? 1 : 0,
                Dissatisfied = c.HandlingRating == Rating.Dissatisfied || c.HandlingRating == Rating.VeryDissatisfied ? 1 : 0,
                Redone = db.FollowUps.Any(f => f.CaseId == c.CaseId && (f.Decision == FollowUpDecision.Redo || f.SupervisorDecision == FollowUpDecision.Redo)) ? 1 : 0,
                Second = c.Round > 0 && db.Attempts.Any(a => a.CaseId == c.CaseId && a.Round > 0 && a.Reach == ReachResult.Reached && a.HandlingRating != null) ? 1 : 0,
            })
            .GroupBy(x => x.UnitId)
            .Select(g => new RatingCounts(g.Key, g.Count(), g.Sum(x => x.Contacted), g.Sum(x => x.Resolved), g.Sum(x => x.Satisfied),
                g.Sum(x => x.Basically), g.Sum(x => x.Dissatisfied), g.Sum(x => x.Redone), g.Sum(x => x.Second)));
}
