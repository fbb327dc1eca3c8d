using Hotline.Platform.Attachments;
using Hotline.Platform.Organization;

namespace Hotline.Intake.Registration;

/// <summary>The registration form's state; field checks happen in <see cref="RegistrationValidator"/> on save.</summary>
internal sealed class RegistrationForm
{
    public Guid SubmissionKey { get; set; } = Guid.NewGuid();
    public Channel Channel { get; set; } = Channel.Phone;
    public RequestTypeCode RequestType { get; set; } = RequestTypeCode.Consultation;
    public Urgency Urgency { get; set; } = Urgency.Normal;
    public string? CallerPhone { get; set; }
    public string? CallerName { get; set; }
    public bool IsAnonymous { get; set; }
    public bool IsConfidential { get; set; }
    public CategoryInfo? Category { get; set; }
    public AreaInfo? Area { get; set; }
    public string? Address { get; set; }
    public UnitInfo? SubjectUnit { get; set; }
    public string? Content { get; set; }

    /// <summary>Set when the phone system popped this form for a call.</summary>
    public string? CallId { get; set; }

    public RegistrationInput ToInput(IReadOnlyList<StagedAttachment> attachments) => new()
    {
        SubmissionKey = SubmissionKey,
        Channel = Channel,
        RequestType = RequestType,
        Urgency = Urgency,
        CallerPhone = CallerPhone,
        CallerName = CallerName,
        IsAnonymous = IsAnonymous,
        IsConfidential = IsConfidential,
        CategoryId = Category?.Id,
        AreaId = Area?.Id,
        Address = Address,
        SubjectUnitId = RequestType is RequestTypeCode.Complaint or RequestTypeCode.Report ? SubjectUnit?.Id : null,
        Content = Content,
        Attachments = attachments,
        CallId = CallId,
    };
}
