using Hotline.Platform.Persistence;

namespace Hotline.Platform.Catalog;

/// <summary>A request type with its default completion limit (seed 002 art. 13: 5 or 15 working days).</summary>
public sealed class RequestType : IVersioned
{
    public RequestTypeCode Code { get; set; }
    public string Name { get; set; } = "";
    public int CompletionWorkingDays { get; set; }
    public int SortOrder { get; set; }
    public Guid Version { get; set; }
}
