namespace Hotline.Administration.RequestTypes;

/// <summary>A request type as the admin page lists it, with the version the user loaded for the concurrency check.</summary>
internal sealed record RequestTypeRow(RequestTypeCode Code, string Name, int CompletionWorkingDays, Guid Version);
