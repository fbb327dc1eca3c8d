namespace Hotline.Administration.Domain;

/// <summary>成员单位: a node of the member-unit tree (the center, bureaus, utilities, townships and their villages).</summary>
internal sealed class MemberUnit : ITreeNode, IReferenceData
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public UnitType Type { get; set; }
    public Guid? ParentId { get; set; }
    public Guid? AreaId { get; set; }
    public string? Leader { get; set; }
    public string? ContactPhone { get; set; }
    public bool IsActive { get; set; } = true;
    public int SortOrder { get; set; }
    public Guid Version { get; set; }
}
