namespace Hotline.Administration.Shared;

/// <summary>A node of another tree as a form picks it: a unit's area, a category's default unit.</summary>
internal sealed record NodeChoice(Guid Id, string Name, bool IsActive);

/// <summary>
/// The nodes of another tree an edit may link to. A newly chosen one must exist and be active; an
/// unchanged link is left alone even if its target was deactivated since, so unrelated edits stay possible.
/// </summary>
internal sealed class NodeChoices(IEnumerable<NodeChoice> choices)
{
    private readonly Dictionary<Guid, NodeChoice> _byId = choices.ToDictionary(c => c.Id);

    public string? NameOf(Guid? id) => id is Guid value && _byId.TryGetValue(value, out var choice) ? choice.Name : null;

    public void EnsureUsable(Guid? chosen, Guid? current, string missingMessage, Func<string, string> inactiveMessage)
    {
        if (chosen is not Guid id || chosen == current)
            return;
        if (!_byId.TryGetValue(id, out var choice))
            throw new BusinessRuleException(missingMessage);
        if (!choice.IsActive)
            throw new BusinessRuleException(inactiveMessage(choice.Name));
    }
}
