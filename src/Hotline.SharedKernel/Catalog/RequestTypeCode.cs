namespace Hotline.Platform.Catalog;

/// <summary>诉求类型 codes. Stored by name so the table stays readable.</summary>
public enum RequestTypeCode
{
    Consultation,
    HelpRequest,
    Complaint,
    Report,
    Suggestion,
    Praise,
}
