namespace Hotline.Administration.Units;

/// <summary>A unit as the admin page lists it, with the version the user loaded for the concurrency check.</summary>
public sealed record UnitRow(Guid Id, string Code, string Name, UnitType Type, Guid? ParentId, Guid? AreaId,
    string? Leader, string? ContactPhone, bool IsActive, int ActiveUsers, Guid Version);
