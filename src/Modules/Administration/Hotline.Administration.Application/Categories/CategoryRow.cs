namespace Hotline.Administration.Categories;

/// <summary>A matter category as the admin page lists it, with the version the user loaded for the concurrency check.</summary>
public sealed record CategoryRow(Guid Id, string Code, string Name, Guid? ParentId, Guid? DefaultUnitId,
    int? StatutoryWorkingDays, CategoryKind Kind, bool IsActive, Guid Version);
