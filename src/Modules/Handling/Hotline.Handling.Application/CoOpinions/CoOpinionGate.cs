namespace Hotline.Handling.CoOpinions;

/// <summary>A co-handling unit's standing towards the lead's reply.</summary>
internal sealed record CoUnitStanding(Guid AssignmentId, Guid UnitId, bool Ended, bool HasOpinion, DateTime DueUtc);

/// <summary>What the co-handling opinions allow the lead to do.</summary>
/// <param name="MayReply">False while an opinion is missing past its due time and the lead recorded no decision to proceed.</param>
/// <param name="Missing">Opinions not given yet (ended co-assignments excluded).</param>
/// <param name="OverdueMissing">The missing ones whose due time has passed.</param>
internal sealed record CoGateResult(bool MayReply, IReadOnlyList<CoUnitStanding> Missing, IReadOnlyList<CoUnitStanding> OverdueMissing)
{
    /// <summary>The lead may record a decision to proceed whenever an opinion is missing, overdue or not.</summary>
    public bool MayRecordProceed => Missing.Count > 0;
}

/// <summary>
/// The rule between co-handling opinions and the lead's reply: the lead waits for opinions until
/// they are due; once one is overdue it may not reply unless it recorded why it proceeds without it.
/// A co-unit whose assignment ended (returned, reassigned) no longer counts.
/// </summary>
internal static class CoOpinionGate
{
    public static CoGateResult Evaluate(IEnumerable<CoUnitStanding> coUnits, DateTime nowUtc, bool proceedRecorded)
    {
        var missing = coUnits.Where(c => !c.Ended && !c.HasOpinion).ToList();
        var overdue = missing.Where(c => nowUtc >= c.DueUtc).ToList();
        return new CoGateResult(overdue.Count == 0 || proceedRecorded, missing, overdue);
    }
}
