using System.ComponentModel.DataAnnotations;

namespace Hotline.Administration.Units;

/// <summary>The unit form: what an administrator enters to create or edit a member unit.</summary>
internal sealed class UnitInput : ITreeNodeInput
{
    [Required(ErrorMessage = "请填写单位编码")]
    [StringLength(40, ErrorMessage = "单位编码不能超过 40 个字符")]
    [RegularExpression(InputValidation.CodePattern, ErrorMessage = "单位编码只能包含字母、数字和“-”“_”“.”，且以字母或数字开头")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "请填写单位名称")]
    [StringLength(100, ErrorMessage = "单位名称不能超过 100 个字符")]
    public string Name { get; set; } = "";

    public UnitType Type { get; set; } = UnitType.CountyDepartment;

    public Guid? ParentId { get; set; }

    public Guid? AreaId { get; set; }

    [StringLength(50, ErrorMessage = "负责人姓名不能超过 50 个字符")]
    public string? Leader { get; set; }

    [StringLength(30, ErrorMessage = "联系电话不能超过 30 个字符")]
    [RegularExpression(InputValidation.PhonePattern, ErrorMessage = "联系电话只能包含数字、空格和“+”“-”“()”")]
    public string? ContactPhone { get; set; }

    /// <summary>Only read on create; an existing unit is deactivated or reactivated through its own action, which checks what blocks it.</summary>
    public bool IsActive { get; set; } = true;

    public static UnitInput From(UnitRow row) => new()
    {
        Code = row.Code, Name = row.Name, Type = row.Type, ParentId = row.ParentId, AreaId = row.AreaId,
        Leader = row.Leader, ContactPhone = row.ContactPhone, IsActive = row.IsActive,
    };
}
