namespace Hotline.Knowledge.Usage;

/// <summary>
/// One article's reads and answer uses on one day (China time), beside the running totals of <see cref="ArticleUsage"/>,
/// so 知识使用统计 can be asked for a month or a year.
/// </summary>
internal sealed class ArticleUsageDay
{
    public Guid ArticleId { get; set; }
    public DateOnly Day { get; set; }
    public int Views { get; set; }
    public int AnswerUses { get; set; }
}
