namespace Hotline.Administration.Domain;

/// <summary>事项分类: a node of the matter-category tree.</summary>
internal sealed class MatterCategory : ITreeNode, IReferenceData
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public Guid? ParentId { get; set; }
    public Guid? DefaultUnitId { get; set; }

    /// <summary>A statutory completion limit in working days that overrides the request type's limit.</summary>
    public int? StatutoryWorkingDays { get; set; }

    public CategoryKind Kind { get; set; }
    public bool IsActive { get; set; } = true;
    public int SortOrder { get; set; }
    public Guid Version { get; set; }
}
