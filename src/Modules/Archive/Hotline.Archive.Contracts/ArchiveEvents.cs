using Hotline.Platform.Messaging;

namespace Hotline.Archive.Contracts;

/// <summary>归档: a closed case became an archive record (or a supplementary one after a later closing).</summary>
public sealed record CaseArchived(Guid RecordId, Guid CaseId, string CaseNumber, string ArchiveNumber, bool Supplementary, DateTime AtUtc) : IntegrationEvent;
