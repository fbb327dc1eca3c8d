using System.ComponentModel.DataAnnotations;

namespace Hotline.Administration.Areas;

/// <summary>The area form: what an administrator enters to create or edit a node of the area tree.</summary>
internal sealed class AreaInput : ITreeNodeInput
{
    [Required(ErrorMessage = "请填写区域编码")]
    [StringLength(40, ErrorMessage = "区域编码不能超过 40 个字符")]
    [RegularExpression(InputValidation.CodePattern, ErrorMessage = "区域编码只能包含字母、数字和“-”“_”“.”，且以字母或数字开头")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "请填写区域名称")]
    [StringLength(100, ErrorMessage = "区域名称不能超过 100 个字符")]
    public string Name { get; set; } = "";

    public AreaLevel Level { get; set; } = AreaLevel.Village;

    public Guid? ParentId { get; set; }

    /// <summary>Only read on create; an existing area is deactivated or reactivated through its own action.</summary>
    public bool IsActive { get; set; } = true;

    public static AreaInput From(AreaRow row) => new()
    {
        Code = row.Code, Name = row.Name, Level = row.Level, ParentId = row.ParentId, IsActive = row.IsActive,
    };
}
