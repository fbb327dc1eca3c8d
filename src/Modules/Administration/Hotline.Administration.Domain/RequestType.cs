namespace Hotline.Administration.Domain;

/// <summary>A request type with its default completion limit (seed 002 art. 13: 5 or 15 working days).</summary>
internal sealed class RequestType : IVersioned, IReferenceData
{
    public RequestTypeCode Code { get; set; }
    public string Name { get; set; } = "";
    public int CompletionWorkingDays { get; set; }
    public int SortOrder { get; set; }
    public Guid Version { get; set; }
}
