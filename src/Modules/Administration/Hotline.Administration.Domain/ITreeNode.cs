namespace Hotline.Administration.Domain;

/// <summary>A node of one of the coded trees (member units, areas, matter categories): a unique code, a name, a parent link.</summary>
internal interface ITreeNode : IVersioned
{
    Guid Id { get; }
    string Code { get; }
    string Name { get; }
    Guid? ParentId { get; }
}
