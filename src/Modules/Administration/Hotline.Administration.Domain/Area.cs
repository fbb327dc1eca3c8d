namespace Hotline.Administration.Domain;

/// <summary>属地: a node of the county's area tree (county → township/street → village/community).</summary>
internal sealed class Area : ITreeNode, IReferenceData
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public AreaLevel Level { get; set; }
    public Guid? ParentId { get; set; }
    public bool IsActive { get; set; } = true;
    public int SortOrder { get; set; }
    public Guid Version { get; set; }
}
