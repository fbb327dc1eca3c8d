namespace Hotline.Administration.Domain;

/// <summary>Rules every tree of the platform shares (units, areas, categories); <c>noun</c> names the node kind in messages.</summary>
internal static class TreeRules
{
    /// <summary>Refuses a parent that does not exist or that would put the node under itself or its own descendant.</summary>
    public static void EnsureCanPlace(TreeIndex tree, Guid id, Guid? newParentId, string noun)
    {
        if (newParentId is not Guid parent)
            return;
        if (!tree.Contains(parent))
            throw new BusinessRuleException($"所选的上级{noun}不存在，请刷新后重试。");
        if (tree.WouldCreateCycle(id, parent))
            throw new BusinessRuleException(MoveUnderSelfMessage(noun));
    }

    public static string MoveUnderSelfMessage(string noun) => $"不能把{noun}移到其自身或下级{noun}之下";

    /// <summary>"A、B、C 等 5 个": a short list for a message, so a big sub-tree does not flood the screen.</summary>
    public static string NameList(IReadOnlyCollection<string> names, int shown = 3)
    {
        var listed = string.Join("、", names.Take(shown));
        return names.Count > shown ? $"{listed} 等 {names.Count} 个" : listed;
    }
}
