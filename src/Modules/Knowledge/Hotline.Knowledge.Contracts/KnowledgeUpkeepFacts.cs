namespace Hotline.Knowledge.Contracts;

/// <summary>
/// 知识库维护及时率 of one unit for a period: of the gaps due in the period (denominator), those fixed by their due time
/// (numerator). A period with no gap due has no rate.
/// </summary>
public sealed record KnowledgeUpkeepFigure(Guid UnitId, int DueInPeriod, int FixedOnTime, int StillOpen)
{
    public decimal? Rate => DueInPeriod == 0 ? null : Math.Round((decimal)FixedOnTime / DueInPeriod, 4);
}

/// <summary>
/// One gap as <see cref="KnowledgeUpkeepFigure"/> counts it, for listing what is behind the figure: its kind (知识缺失 …), the
/// center's description, the case it came from if any, when it was due and answered, and its outcome (e.g. 按时修正, 逾期未修正).
/// </summary>
public sealed record KnowledgeUpkeepGap(Guid GapId, Guid UnitId, string Kind, string Description, string? CaseNumber, DateTime DueUtc,
    DateTime? AnsweredAtUtc, bool FixedOnTime, string Outcome);

/// <summary>Knowledge's figures for assessment: every unit's for the center's roles, a member unit its own only.</summary>
public interface IKnowledgeUpkeepFacts
{
    /// <summary>Every unit with a gap due in [fromUtc, toUtc).</summary>
    Task<IReadOnlyList<KnowledgeUpkeepFigure>> TimelinessAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);

    /// <summary>The signed-in unit user's own unit (its own figure on its assessment page); nothing about other units.</summary>
    Task<KnowledgeUpkeepFigure> OwnUnitTimelinessAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);

    /// <summary>
    /// The gaps of one unit due in [fromUtc, toUtc), by the same rules as the figure, oldest due first: any unit's for the
    /// center's roles, a member unit's user only its own unit's (another unit is refused).
    /// </summary>
    Task<IReadOnlyList<KnowledgeUpkeepGap>> GapsDueAsync(Guid unitId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);
}
