namespace Hotline.Platform.Catalog;

/// <summary>
/// A matter category as other modules see it. <c>PathName</c> reads like "城乡建设 / 物业管理";
/// <c>StatutoryWorkingDays</c> is the category's own override of the request type's limit (not inherited).
/// </summary>
public sealed record CategoryInfo(Guid Id, string Code, string Name, string PathName, Guid? ParentId, Guid? DefaultUnitId,
    int? StatutoryWorkingDays, CategoryKind Kind, bool IsActive, bool IsLeaf);
