namespace Hotline.Platform.Organization;

/// <summary>An area as other modules see it. <c>PathName</c> reads like "清河县 / 城关街道 / 文昌社区".</summary>
public sealed record AreaInfo(Guid Id, string Code, string Name, string PathName, AreaLevel Level, Guid? ParentId, bool IsActive);
