using Hotline.Platform.Attachments;

namespace Hotline.Intake.Registration;

/// <summary>What an agent (or the public form) submits about one request.</summary>
internal sealed record RegistrationInput
{
    /// <summary>The register form's fields, as the validator names them so each message shows under its field.</summary>
    public static class Fields
    {
        public const string Content = "content", Phone = "phone", Name = "name", Address = "address",
            Category = "category", Area = "area", SubjectUnit = "subject-unit";
    }

    public Guid SubmissionKey { get; init; } = Guid.NewGuid();
    public Channel Channel { get; init; } = Channel.Phone;
    public RequestTypeCode RequestType { get; init; } = RequestTypeCode.Consultation;
    public Guid? CategoryId { get; init; }
    public Guid? AreaId { get; init; }
    public string? Address { get; init; }
    public string? Content { get; init; }
    public Urgency Urgency { get; init; } = Urgency.Normal;
    public string? CallerName { get; init; }
    public bool IsAnonymous { get; init; }
    public string? CallerPhone { get; init; }
    public bool IsConfidential { get; init; }
    public Guid? SubjectUnitId { get; init; }
    public IReadOnlyList<StagedAttachment> Attachments { get; init; } = [];

    /// <summary>The phone system's id of the call the form was popped for; kept on the case.</summary>
    public string? CallId { get; init; }
}
