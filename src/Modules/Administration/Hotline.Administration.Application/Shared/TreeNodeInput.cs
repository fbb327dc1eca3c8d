namespace Hotline.Administration.Shared;

/// <summary>What every tree form edits besides its own fields; the active switch is read on create only.</summary>
public interface ITreeNodeInput
{
    string Code { get; set; }

    string Name { get; set; }

    bool IsActive { get; set; }
}

/// <summary>The node a tree form edits, as the page's tree row shows it.</summary>
public sealed record TreeNodeHead(Guid Id, string Name, bool IsActive, Guid Version);

/// <summary>
/// The words of one tree's form: <c>Noun</c> "区域" gives 区域编码, 已新建区域“…”, 新建下级区域 and 停用区域;
/// <c>NewTitle</c> heads a new node's form; <c>DeactivateConsequence</c> ends the deactivation question.
/// </summary>
public sealed record TreeFormText(string TestId, string Noun, string NewTitle, string DeactivateConsequence);
