namespace Hotline.Dispatch.Returns.SubDispatch;

/// <summary>Sub-dispatch chains of a case's assignments (township → village → …).</summary>
internal static class AssignmentTree
{
    // Sub-dispatch follows the unit tree, which is a few levels deep; the bound only guards against bad data looping.
    private const int MaxDepth = 32;

    /// <summary>True when <paramref name="candidate"/> was passed down, directly or further, from the assignment <paramref name="ancestorId"/>.</summary>
    public static bool DescendsFrom(Assignment candidate, Guid ancestorId, IReadOnlyList<Assignment> all)
    {
        var parentId = candidate.ParentAssignmentId;
        for (var depth = 0; parentId is { } id && depth < MaxDepth; depth++)
        {
            if (id == ancestorId)
                return true;
            parentId = all.FirstOrDefault(a => a.Id == id)?.ParentAssignmentId;
        }
        return false;
    }
}
