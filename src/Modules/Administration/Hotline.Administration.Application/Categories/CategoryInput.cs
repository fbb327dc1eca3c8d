using System.ComponentModel.DataAnnotations;

namespace Hotline.Administration.Categories;

/// <summary>The category form: what an administrator enters to create or edit a matter category.</summary>
internal sealed class CategoryInput : ITreeNodeInput
{
    [Required(ErrorMessage = "请填写分类编码")]
    [StringLength(40, ErrorMessage = "分类编码不能超过 40 个字符")]
    [RegularExpression(InputValidation.CodePattern, ErrorMessage = "分类编码只能包含字母、数字和“-”“_”“.”，且以字母或数字开头")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "请填写分类名称")]
    [StringLength(100, ErrorMessage = "分类名称不能超过 100 个字符")]
    public string Name { get; set; } = "";

    public Guid? ParentId { get; set; }

    public Guid? DefaultUnitId { get; set; }

    [Range(WorkingDayLimits.Min, WorkingDayLimits.Max, ErrorMessage = "法定办结时限应为 1 到 60 个工作日")]
    public int? StatutoryWorkingDays { get; set; }

    public CategoryKind Kind { get; set; } = CategoryKind.Ordinary;

    /// <summary>Only read on create; an existing category is deactivated or reactivated through its own action.</summary>
    public bool IsActive { get; set; } = true;

    public static CategoryInput From(CategoryRow row) => new()
    {
        Code = row.Code, Name = row.Name, ParentId = row.ParentId, DefaultUnitId = row.DefaultUnitId,
        StatutoryWorkingDays = row.StatutoryWorkingDays, Kind = row.Kind, IsActive = row.IsActive,
    };
}
