namespace Hotline.Intake.Registration;

/// <param name="QueryCode">Only when a new case was created: the code the caller uses online; never stored in clear.</param>
internal sealed record RegistrationResult(Guid CaseId, string CaseNumber, CaseStatus Status, bool Merged, bool IsRepeat, string? QueryCode);
