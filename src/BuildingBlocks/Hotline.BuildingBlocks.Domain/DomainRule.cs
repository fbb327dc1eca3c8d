namespace Hotline.Platform.Rules;

/// <summary>
/// A rule of the seeds or of the county's configuration, named so a violation says which rule and where it comes from.
/// Entities declare their rules as static fields next to the transition that enforces them.
/// </summary>
/// <param name="Code">Stable identifier, e.g. <c>Handling.SignFor.OnlyOnce</c>.</param>
/// <param name="Source">The article or setting that requires it, e.g. <c>002 第十八条</c>.</param>
/// <param name="Message">The Chinese message the user reads.</param>
/// <param name="Field">The form field the rule is about, if one (see <see cref="BusinessRuleException.Field"/>).</param>
public sealed record DomainRule(string Code, string Source, string Message, string? Field = null)
{
    /// <summary>Throws the violation when the condition does not hold.</summary>
    public void Require(bool condition)
    {
        if (!condition)
            throw new DomainRuleViolation(this);
    }

    /// <summary>The same rule with a message that carries the case's particulars (a date, a count).</summary>
    public DomainRuleViolation Violated(string detailedMessage) => new(this with { Message = detailedMessage });
}

/// <summary>A broken domain rule; a <see cref="BusinessRuleException"/> so every form shows its message as is.</summary>
public sealed class DomainRuleViolation(DomainRule rule) : BusinessRuleException(rule.Message, rule.Field)
{
    public DomainRule Rule { get; } = rule;
}
