namespace Hotline.Administration.Shared;

/// <summary>One node as the admin tree shows it: name and code, a short caption (type or level), and whether it is active.</summary>
public sealed record AdminTreeNode(Guid Id, Guid? ParentId, string Code, string Name, string? Caption, bool IsActive);
