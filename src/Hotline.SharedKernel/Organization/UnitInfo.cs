namespace Hotline.Platform.Organization;

/// <summary>A member unit as other modules see it. <c>PathName</c> reads like "城关街道办事处 / 文昌社区居委会".</summary>
public sealed record UnitInfo(Guid Id, string Code, string Name, string PathName, UnitType Type, Guid? ParentId, Guid? AreaId,
    string? Leader, string? ContactPhone, bool IsActive);
