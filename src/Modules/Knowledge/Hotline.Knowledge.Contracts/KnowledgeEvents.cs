using Hotline.Platform.Messaging;

namespace Hotline.Knowledge.Contracts;

/// <summary>A knowledge article's version went live (知识发布): search indexes and intake suggestions follow it.</summary>
public sealed record ArticlePublished(Guid ArticleId, int VersionNumber, Guid UnitId, Guid CategoryId) : IntegrationEvent;

/// <summary>A published article was withdrawn or expired: it leaves search and the public site.</summary>
public sealed record ArticleRetired(Guid ArticleId, Guid UnitId, bool Expired) : IntegrationEvent;

/// <summary>A reported knowledge gap passed its 5-working-day limit unfixed (002 art. 21): Supervision follows it up.</summary>
public sealed record KnowledgeGapOverdue(Guid GapId, Guid UnitId, Guid? ArticleId, Guid CategoryId, DateTime DueUtc) : IntegrationEvent;

/// <summary>The center reported a gap, inaccurate or invalid entry to its owning unit, due within 5 working days (002 art. 21).</summary>
public sealed record KnowledgeGapReported(Guid GapId, Guid UnitId, Guid? ArticleId, Guid CategoryId, DateTime DueUtc, DateTime AtUtc) : IntegrationEvent;

/// <summary>The owning unit dealt with a reported gap (updated the knowledge or said why not).</summary>
public sealed record KnowledgeGapFixed(Guid GapId, Guid UnitId, DateTime AtUtc) : IntegrationEvent;
