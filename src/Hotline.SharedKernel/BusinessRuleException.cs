namespace Hotline.Platform;

/// <summary>One refused input: the field it is about (null for a rule across fields) and the Chinese message.</summary>
public sealed record FieldProblem(string? Field, string Message);

/// <summary>A request that breaks a business rule; the message is Chinese and shown to the user as is.</summary>
/// <param name="field">The form field the rule is about, so the form shows the message under it; null for rules across fields.</param>
public class BusinessRuleException(string message, string? field = null) : Exception(message)
{
    /// <summary>Every problem of a form checked as a whole, each shown under its own field; the message lists them all (for APIs and logs).</summary>
    public BusinessRuleException(IReadOnlyList<FieldProblem> problems)
        : this(string.Join(Environment.NewLine, problems.Select(p => p.Message)), problems.Count == 1 ? problems[0].Field : null) =>
        Problems = problems;

    public string? Field { get; } = field;

    public IReadOnlyList<FieldProblem> Problems { get; } = [new FieldProblem(field, message)];
}
