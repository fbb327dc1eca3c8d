namespace Hotline.Platform.Catalog;

/// <summary>A request type with its configured completion limit.</summary>
public sealed record RequestTypeInfo(RequestTypeCode Code, string Name, int CompletionWorkingDays);
