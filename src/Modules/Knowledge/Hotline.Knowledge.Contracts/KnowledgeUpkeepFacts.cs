namespace Hotline.Knowledge.Contracts;

/// <summary>
/// 知识库维护及时率 of one unit for a period: of the gaps due in the period (denominator), those fixed by their due time
/// (numerator). A period with no gap due has no rate.
/// </summary>
public sealed record KnowledgeUpkeepFigure(Guid UnitId, int DueInPeriod, int FixedOnTime, int StillOpen)
{
    public decimal? Rate => DueInPeriod == 0 ? null : Math.Round((decimal)FixedOnTime / DueInPeriod, 4);
}

/// <summary>Knowledge's figures for assessment: every unit's for the center's roles, a member unit its own only.</summary>
public interface IKnowledgeUpkeepFacts
{
    /// <summary>Every unit with a gap due in [fromUtc, toUtc).</summary>
    Task<IReadOnlyList<KnowledgeUpkeepFigure>> TimelinessAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);

    /// <summary>The signed-in unit user's own unit (its own figure on its assessment page); nothing about other units.</summary>
    Task<KnowledgeUpkeepFigure> OwnUnitTimelinessAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);
}
