namespace Hotline.Administration.Areas;

/// <summary>An area as the admin page lists it, with the version the user loaded for the concurrency check.</summary>
public sealed record AreaRow(Guid Id, string Code, string Name, AreaLevel Level, Guid? ParentId, bool IsActive, Guid Version);
