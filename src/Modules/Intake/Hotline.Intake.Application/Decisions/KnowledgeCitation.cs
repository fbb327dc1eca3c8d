namespace Hotline.Intake.Decisions;

/// <summary>The knowledge article an on-the-spot answer came from (知识库答复): named in the timeline and counted by Knowledge.</summary>
public sealed record KnowledgeCitation(Guid ArticleId, int VersionNumber, string Title);
