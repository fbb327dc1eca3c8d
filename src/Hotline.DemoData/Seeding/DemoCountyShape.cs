namespace Hotline.Platform.Seeding;

internal sealed record DemoArea(string Code, string Name, AreaLevel Level, string? ParentCode);

internal sealed record DemoUnit(string Code, string Name, UnitType Type, string? ParentCode, string? AreaCode, string? Leader, string? Phone);

internal sealed record DemoCategory(string Code, string Name, string? ParentCode, string? DefaultUnitCode,
    int? StatutoryWorkingDays = null, CategoryKind Kind = CategoryKind.Ordinary);
